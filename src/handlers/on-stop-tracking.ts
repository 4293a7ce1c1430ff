// "Stop tracking this thread": removes its reminder event, then its record (in that order, so a Calendar
// failure leaves everything as it was).
import { trackingText } from '../core/tracking/tracking-text';
import { removeReminders } from '../calendar/reminder-calendar';
import { deleteRecord } from '../store/tracked-store';
import { withUserLock } from '../store/user-lock';
import { storeFailureMessage } from './on-reminder-errors';
import { threadIdOf, todayOf } from './on-reminder-record';
import { actionHandler } from './run-handler';

export function onStopTracking(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, (context) => {
    const t = trackingText(context.language);
    const threadId = threadIdOf(context);
    if (!threadId) return { notification: t.errors.noThread };
    const failure = storeFailureMessage(context, () =>
      withUserLock(() => {
        removeReminders(context.settings.calendarId, threadId);
        deleteRecord({ stored: context.stored, today: todayOf(context) }, threadId);
      }),
    );
    return { notification: failure ?? t.stopped };
  });
}
