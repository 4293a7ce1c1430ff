// Contextual trigger: the user opened a thread; read it, analyse it, keep its record, show the sidebar.
import { trackOpenedThread } from './on-reminder-thread-open';
import { cardHandler } from './run-handler';
import { loadThreadInsight, sidebarFor } from './thread-insight';

export function onGmailMessageOpen(e: unknown): GoogleAppsScript.Card_Service.Card {
  return cardHandler(e, 'thread', (context) => {
    const insight = loadThreadInsight(context);
    return sidebarFor(context, insight, trackOpenedThread(context, insight));
  });
}
