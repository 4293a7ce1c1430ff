// Homepage trigger: the tracked threads (from the one properties read loadContext makes), or the empty state.
import { homeEntries } from '../core/tracking/home-entries';
import { readRecords } from '../core/tracking/record-codec';
import { homeView } from '../core/view/home-view';
import { ACTIONS } from './action-names';
import { cardHandler } from './run-handler';

export function onHomepage(e: unknown): GoogleAppsScript.Card_Service.Card {
  return cardHandler(e, 'homepage', (context) => {
    const today = context.calendar.localDateOf(context.now, context.calendar.timeZone);
    const entries = homeEntries(readRecords(context.stored), today);
    return homeView(entries, context.language, today, {
      openThread: ACTIONS.openThread,
      openSettings: ACTIONS.openSettings,
    });
  });
}
