// Which record and date a reminder button acts on: the stored record wins for the reminder facts (another
// sidebar may have set one), the button's own copy fills in when the thread was never stored.
import { decodeRecord } from '../core/tracking/record-codec';
import { trackedKey, type TrackedThread } from '../core/tracking/tracked-thread';
import { isLocalDate } from '../core/calendar-days';
import type { LocalDate } from '../core/types';
import { REMINDER_DATE_INPUT } from '../core/view/reminder-section';
import { storedRecord } from '../store/tracked-store';
import type { HandlerContext } from './context';

export function threadIdOf(context: HandlerContext): string {
  return context.event.parameters['t'] ?? context.event.gmail?.threadId ?? '';
}

export function recordFor(context: HandlerContext, threadId: string): TrackedThread | null {
  const stored = storedRecord(context.stored, threadId);
  const param = context.event.parameters['r'];
  const fromButton = param ? decodeRecord(trackedKey(threadId), param) : null;
  const base = fromButton ?? stored;
  if (!base) return null;
  return stored ? { ...base, eventId: stored.eventId, reminderOn: stored.reminderOn } : base;
}

export function todayOf(context: HandlerContext): LocalDate {
  return context.calendar.localDateOf(context.now, context.calendar.timeZone);
}

/** The date picker (UTC midnight of the chosen day), else the button's date, else the next step's date. */
export function chosenDate(context: HandlerContext, record: TrackedThread): LocalDate {
  const picked = context.event.dates[REMINDER_DATE_INPUT];
  if (picked !== undefined && Number.isFinite(picked)) return new Date(picked).toISOString().slice(0, 10);
  const param = context.event.parameters['d'] ?? '';
  if (isLocalDate(param)) return param;
  return record.nextOn ?? todayOf(context);
}
