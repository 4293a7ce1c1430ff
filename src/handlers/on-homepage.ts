// Homepage trigger: what the add-on shows before any thread is open.
import { emptyHomeView } from '../core/view/home-view';
import { cardHandler } from './run-handler';

export function onHomepage(e: unknown): GoogleAppsScript.Card_Service.Card {
  return cardHandler(e, (context) => emptyHomeView(context.language));
}
