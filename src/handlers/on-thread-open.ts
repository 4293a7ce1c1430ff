// Contextual trigger: the user opened a thread; read it, analyse it, show the sidebar.
import { analyzeThread } from '../core/analyze-thread';
import { sidebarView } from '../core/view/sidebar-view';
import { readOpenThread } from '../gmail/read-thread';
import { cardHandler } from './run-handler';

export function onGmailMessageOpen(e: unknown): GoogleAppsScript.Card_Service.Card {
  return cardHandler(e, (context) => {
    const { event, calendar, now } = context;
    if (!event.gmail) throw new Error('The contextual trigger came without a Gmail message.');
    const thread = readOpenThread(event.gmail);
    const analysis = analyzeThread({ thread, identity: context.identity, calendar, now });
    const localDate = (ms: number) => calendar.localDateOf(ms, calendar.timeZone);
    return sidebarView({
      analysis,
      language: context.language,
      text: context.text,
      today: localDate(now),
      localDate,
      holidaysUnavailable: false,
    });
  });
}
