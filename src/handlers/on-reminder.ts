// "Remind me on <date>" (insert or move the thread's one event) and "Remove the reminder".
import { encodeRecord } from '../core/tracking/record-codec';
import type { ReminderSlot } from '../core/tracking/reminder-slot';
import { reminderSetText } from '../core/tracking/reminder-when';
import { trackingText } from '../core/tracking/tracking-text';
import {
  PENDING_EVENT,
  trackedKey,
  withoutReminder,
  type TrackedThread,
} from '../core/tracking/tracked-thread';
import type { ActionResultView } from '../core/view/card-view';
import { putReminder, removeReminders } from '../calendar/reminder-calendar';
import { writeProperties } from '../store/property-writer';
import { saveRecord } from '../store/tracked-store';
import { withUserLock } from '../store/user-lock';
import type { HandlerContext } from './context';
import { storeFailureMessage } from './on-reminder-errors';
import { calendarsOf, chosenDate, recordFor, reminderFor, threadIdOf, todayOf } from './on-reminder-record';
import { slotFor } from './reminder-slot-of';
import { actionHandler } from './run-handler';
import { loadThreadInsight, sidebarFor } from './thread-insight';

/** From the sidebar (the event names the open thread): redraw it so the reminder shows as it now is. */
function withSidebar(
  context: HandlerContext,
  record: TrackedThread | null,
  notification: string,
): ActionResultView {
  if (!context.event.gmail || !record) return { notification };
  try {
    const card = sidebarFor(context, loadThreadInsight(context), { record, notice: null });
    return { navigation: 'update', card, notification };
  } catch (error) {
    console.warn(`Sidebar not redrawn: ${(error as Error).message}`);
    return { notification };
  }
}

/**
 * After a Calendar failure the stored record goes back to what it was, so "nothing was changed" is true; if
 * even that write fails, the PENDING record is repaired from Calendar at the next open.
 */
function restoreRecord(context: HandlerContext, threadId: string): void {
  const key = trackedKey(threadId);
  const before = context.stored[key];
  const today = todayOf(context);
  try {
    writeProperties(
      { stored: context.stored, today },
      before === undefined ? { remove: [key] } : { set: { [key]: before } },
    );
  } catch (error) {
    console.warn(`Record left pending after a Calendar failure: ${(error as Error).message}`);
  }
}

/**
 * Under the user lock: the record is first written as PENDING (so a failed final write is repaired from
 * Calendar at the next open), then the event is set, then the record. Returns the record as it now stands
 * and whether its final write failed (the event exists all the same: the user is told it is set).
 */
function writeReminder(context: HandlerContext, record: TrackedThread, slot: ReminderSlot): TrackedThread {
  const today = todayOf(context);
  const target = context.settings.calendarId;
  const calendars = calendarsOf(record, context);
  const pending: TrackedThread = {
    ...record,
    eventId: PENDING_EVENT,
    reminderOn: slot.date,
    reminderTime: slot.time,
    calendars: [target, ...calendars.filter((id) => id !== target)],
    seenOn: today,
  };
  saveRecord({ stored: context.stored, today }, pending);
  let eventId: string;
  try {
    eventId = putReminder(target, record.threadId, reminderFor(context, record, slot).resource, calendars);
  } catch (error) {
    restoreRecord(context, record.threadId);
    throw error;
  }
  const saved = { ...pending, eventId, calendars: [target] };
  try {
    // The pending write made room for this record already: no second pruning in this execution.
    const snapshot = { stored: context.stored, today };
    writeProperties(
      snapshot,
      { set: { [trackedKey(saved.threadId)]: encodeRecord(saved) } },
      { prune: false },
    );
  } catch (error) {
    console.warn(
      `Reminder set, record left pending (repaired at the next open): ${(error as Error).message}`,
    );
  }
  return saved;
}

function setReminder(context: HandlerContext): ActionResultView {
  const t = trackingText(context.language);
  const threadId = threadIdOf(context);
  const record = threadId ? recordFor(context, threadId) : null;
  if (!record) return { notification: t.errors.noThread };
  const today = todayOf(context);
  const date = chosenDate(context, record);
  if (date < today) return { notification: t.pastDate };
  const slot = slotFor(context, date);
  let saved: TrackedThread | null = null;
  const failure = storeFailureMessage(context, () =>
    withUserLock(() => {
      saved = writeReminder(context, record, slot);
    }),
  );
  if (failure) return { notification: failure };
  return withSidebar(context, saved, reminderSetText(slot, context.language, today));
}

function removeReminder(context: HandlerContext): ActionResultView {
  const t = trackingText(context.language);
  const threadId = threadIdOf(context);
  if (!threadId) return { notification: t.errors.noThread };
  const record = recordFor(context, threadId);
  const today = todayOf(context);
  let removed = 0;
  const cleared = record ? withoutReminder(record) : null;
  const failure = storeFailureMessage(context, () =>
    withUserLock(() => {
      removed = removeReminders(calendarsOf(record, context), threadId);
      if (cleared) saveRecord({ stored: context.stored, today }, cleared);
    }),
  );
  if (failure) return { notification: failure };
  return withSidebar(context, cleared, removed > 0 ? t.removed : t.nothingToRemove);
}

export function onSetReminder(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, setReminder);
}

export function onRemoveReminder(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, removeReminder);
}
