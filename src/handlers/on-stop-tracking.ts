// "Stop tracking this thread": removes its reminder event, then replaces its record by a "stopped" mark so
// reopening the thread does not track it again (Calendar first, so a Calendar failure changes nothing). The
// event is looked for in every calendar it may be in: the record's and the Settings one.
import { trackingText } from '../core/tracking/tracking-text';
import { removeReminders } from '../calendar/reminder-calendar';
import { stopTracking, storedRecord } from '../store/tracked-store';
import { withUserLock } from '../store/user-lock';
import { storeFailureMessage } from './on-reminder-errors';
import { calendarsOf, threadIdOf, todayOf } from './on-reminder-record';
import type { HandlerContext } from './context';
import { actionHandler } from './run-handler';
import { loadThreadInsight, sidebarFor } from './thread-insight';

/** The card now says the thread is not tracked and offers "Track again"; without an open thread, a toast. */
function withUntrackedSidebar(context: HandlerContext, notification: string) {
  if (!context.event.gmail) return { notification };
  const card = sidebarFor(context, loadThreadInsight(context), undefined, true);
  return { navigation: 'update' as const, card, notification };
}

export function onStopTracking(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, (context) => {
    const t = trackingText(context.language);
    const threadId = threadIdOf(context);
    if (!threadId) return { notification: t.errors.noThread };
    const failure = storeFailureMessage(context, () =>
      withUserLock(() => {
        removeReminders(calendarsOf(storedRecord(context.stored, threadId), context), threadId);
        stopTracking({ stored: context.stored, today: todayOf(context) }, threadId);
      }),
    );
    if (failure) return { notification: failure };
    return withUntrackedSidebar(context, t.stopped);
  });
}
