// The Calendar card's buttons: Snooze (the same event moves to a later working day, the record follows) and
// Done (stop tracking: every reminder of the thread removed, then the record replaced by the "stopped" mark).
import { eventCardText } from '../core/i18n/event-card-strings';
import { dayAndDate } from '../core/i18n/format-date';
import { clientLabel } from '../core/tracking/reminder-content';
import { threadPermalink } from '../core/tracking/reminder-event';
import { reminderSlot, type ReminderSlot } from '../core/tracking/reminder-slot';
import { isSnoozeKind, snoozeDate, type SnoozeKind } from '../core/tracking/snooze-dates';
import { trackingText } from '../core/tracking/tracking-text';
import { reminderCalendars, type TrackedThread } from '../core/tracking/tracked-thread';
import type { ActionResultView } from '../core/view/card-view';
import { finishedView, type EventRef } from '../core/view/event-card-view';
import type { WorkCalendar } from '../core/types';
import { appsScriptTimeOf } from '../platform/apps-script-dates';
import { putReminder, removeReminders } from '../calendar/reminder-calendar';
import { canonicalGmailId, isGmailIdLike } from '../core/gmail-ids';
import { saveRecord, storedRecord, stopTracking } from '../store/tracked-store';
import { withUserLock } from '../store/user-lock';
import { openEventIds } from './calendar-event';
import type { HandlerContext } from './context';
import { reminderCard, workCalendarOf } from './event-card';
import { storeFailureMessage } from './on-reminder-errors';
import { reminderFor, todayOf } from './on-reminder-record';
import { actionHandler } from './run-handler';

function refOf(e: unknown, context: HandlerContext): EventRef | null {
  const ids = openEventIds(e, context.event.parameters);
  // Gmail ids may carry a prefix and a colon (`thread-f:<decimal>`); records are keyed by the hex form.
  const threadId = canonicalGmailId(context.event.parameters['t'] ?? '');
  return ids && isGmailIdLike(threadId) ? { ...ids, threadId } : null;
}

/** The snooze day, then the slot on it: never in the past (the day is after today, so the usual time). */
function snoozeSlot(context: HandlerContext, kind: SnoozeKind, calendar: WorkCalendar): ReminderSlot {
  const today = todayOf(context);
  return reminderSlot({
    date: snoozeDate(kind, today, calendar),
    today,
    nowTime: appsScriptTimeOf(context.now, context.calendar.timeZone),
    reminderTime: context.settings.reminderTime,
    calendar,
  });
}

interface Moved {
  readonly saved: TrackedThread;
  readonly description: string;
}

/** Under the lock: the thread's one event moves (found by its property on the event's calendar), then the record. */
function moveReminder(
  context: HandlerContext,
  ref: EventRef,
  record: TrackedThread,
  slot: ReminderSlot,
  cacheWrite: Readonly<Record<string, string>>,
): Moved | string {
  const { settings } = context;
  const today = todayOf(context);
  const { resource, description } = reminderFor(context, record, slot);
  let saved: TrackedThread = record;
  const failure = storeFailureMessage(context, () =>
    withUserLock(() => {
      const elsewhere = reminderCalendars(record, settings.calendarId);
      const eventId = putReminder(ref.calendarId, ref.threadId, resource, elsewhere);
      saved = {
        ...record,
        eventId,
        reminderOn: slot.date,
        reminderTime: slot.time,
        calendars: [ref.calendarId],
      };
      saveRecord({ stored: context.stored, today }, saved, cacheWrite);
    }),
  );
  return failure ?? { saved, description };
}

function snooze(e: unknown, context: HandlerContext): ActionResultView {
  const t = eventCardText(context.language);
  const ref = refOf(e, context);
  const kind = context.event.parameters['s'] ?? '';
  if (!ref || !isSnoozeKind(kind)) return { notification: trackingText(context.language).errors.noThread };
  const record = storedRecord(context.stored, ref.threadId);
  if (!record) return { notification: t.stale };
  const { calendar, cacheWrite } = workCalendarOf(context);
  // Computed again at the click (not taken from the button): a card left open overnight never snoozes into the past.
  const slot = snoozeSlot(context, kind, calendar);
  const moved = moveReminder(context, ref, record, slot, cacheWrite);
  if (typeof moved === 'string') return { notification: moved };
  const today = todayOf(context);
  const card = reminderCard(context, {
    record: moved.saved,
    ref: { ...ref, eventId: moved.saved.eventId || ref.eventId },
    opened: { description: moved.description, startsOn: slot.date, startsAt: slot.time },
    calendar,
    today,
  });
  const notification = t.snoozed(dayAndDate(slot.date, context.language, today), slot.time);
  return { navigation: 'update', card, notification };
}

function done(e: unknown, context: HandlerContext): ActionResultView {
  const t = eventCardText(context.language);
  const ref = refOf(e, context);
  if (!ref) return { notification: trackingText(context.language).errors.noThread };
  const record = storedRecord(context.stored, ref.threadId);
  const onlyRemove = context.event.parameters['k'] === 'remove' || !record;
  const calendars = [ref.calendarId, ...reminderCalendars(record, context.settings.calendarId)];
  const failure = storeFailureMessage(context, () =>
    withUserLock(() => {
      // Calendar first: a Calendar failure leaves the record, so nothing is half done.
      removeReminders(calendars, ref.threadId);
      if (!onlyRemove) stopTracking({ stored: context.stored, today: todayOf(context) }, ref.threadId);
    }),
  );
  if (failure) return { notification: failure };
  const line =
    record && !onlyRemove
      ? t.finished(clientLabel(record, trackingText(context.language).home.unknown))
      : t.removed;
  const card = finishedView(context.language, line, threadPermalink(ref.threadId, context.identity.primary));
  return { navigation: 'update', card, notification: line };
}

export function onSnoozeReminder(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, (context) => snooze(e, context));
}

export function onReminderDone(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, (context) => done(e, context));
}
