// Universal action "Help".
import { helpView } from '../core/view/help-view';
import { universalHandler } from './run-handler';

export function onHelp(e: unknown): GoogleAppsScript.Card_Service.UniversalActionResponse {
  return universalHandler(e, 'page', (context) => helpView(context.language));
}
