// "Track again" after "Stop tracking this thread": the thread's record replaces the "stopped" mark, so the
// sidebar counts it again and the homepage lists it at once.
import { trackingText } from '../core/tracking/tracking-text';
import { saveRecord } from '../store/tracked-store';
import { withUserLock } from '../store/user-lock';
import { currentRecord } from './on-reminder-thread-open';
import { storeFailureMessage } from './on-reminder-errors';
import { todayOf } from './on-reminder-record';
import { actionHandler } from './run-handler';
import { loadThreadInsight, sidebarFor } from './thread-insight';

export function onTrackAgain(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, (context) => {
    const t = trackingText(context.language);
    if (!context.event.gmail) return { notification: t.errors.noThread };
    const insight = loadThreadInsight(context);
    const record = currentRecord(context, insight);
    const failure = storeFailureMessage(context, () =>
      withUserLock(() => {
        saveRecord({ stored: context.stored, today: todayOf(context) }, record, insight.pendingWrites);
      }),
    );
    if (failure) return { notification: failure };
    const card = sidebarFor(context, insight, { record, notice: null }, false);
    return { navigation: 'update', card, notification: t.trackedAgain };
  });
}
