// Contextual trigger: the user opened a thread; read it, analyse it, show the sidebar.
import { cardHandler } from './run-handler';
import { loadThreadInsight, sidebarFor } from './thread-insight';

export function onGmailMessageOpen(e: unknown): GoogleAppsScript.Card_Service.Card {
  return cardHandler(e, (context) => sidebarFor(context, loadThreadInsight(context)));
}
