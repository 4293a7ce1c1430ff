// A change of reminder calendar in Settings moves the existing reminders: first every record is marked as
// "in either calendar" with the new settings (one write), then each event moves (Events.move keeps its id),
// then the records say where it now is. A failure at any step leaves records that name both calendars, so
// Remind me, Remove and Stop tracking still find the one event; saving Settings again finishes the move.
import type { Settings } from '../core/settings';
import { readRecords, encodeRecord } from '../core/tracking/record-codec';
import {
  reminderCalendars,
  trackedKey,
  withoutReminder,
  type TrackedThread,
} from '../core/tracking/tracked-thread';
import { CalendarError } from '../calendar/calendar-errors';
import { findReminders, settleReminder } from '../calendar/reminder-calendar';
import { writeProperties } from '../store/property-writer';
import { SETTINGS_KEY } from '../store/settings-store';
import type { HandlerContext } from './context';
import { todayOf } from './on-reminder-record';

/** Events moved per save at most (each is a few round trips); the rest move at the next save. */
export const MAX_MOVES = 40;

export interface MoveResult {
  readonly moved: number;
  /** Some reminders are still in the other calendar (a Calendar failure or the cap). */
  readonly unfinished: boolean;
}

const encode = (records: readonly TrackedThread[]) =>
  Object.fromEntries(records.map((r) => [trackedKey(r.threadId), encodeRecord(r)]));

/** Records whose reminder may be anywhere but the new calendar. */
function toMove(context: HandlerContext, target: string): TrackedThread[] {
  return readRecords(context.stored).filter((record) => {
    if (record.eventId === '') return false;
    const calendars = reminderCalendars(record, context.settings.calendarId);
    return calendars.length !== 1 || calendars[0] !== target;
  });
}

/** One record's move; the record as it then stands. */
function moveOne(record: TrackedThread, from: readonly string[], target: string): TrackedThread {
  const event = settleReminder(target, record.threadId, from);
  return event?.id ? { ...record, eventId: event.id, calendars: [target] } : withoutReminder(record);
}

/**
 * Call under the user lock. Saves the settings and moves the reminders to their calendar. Throws a
 * CalendarError (nothing written) when the new calendar cannot be read.
 */
export function saveSettingsMovingReminders(context: HandlerContext, next: Settings): MoveResult {
  const snapshot = { stored: context.stored, today: todayOf(context) };
  const settings = { [SETTINGS_KEY]: JSON.stringify(next) };
  const records = toMove(context, next.calendarId);
  if (records.length === 0) {
    writeProperties(snapshot, { set: settings });
    return { moved: 0, unfinished: false };
  }
  // A calendar that does not exist (or cannot be read) is refused before anything is written.
  findReminders(next.calendarId, records[0]!.threadId);
  const fromOf = (r: TrackedThread) => reminderCalendars(r, context.settings.calendarId);
  const transit = records.map((r) => ({ ...r, calendars: [next.calendarId, ...fromOf(r)] }));
  writeProperties(snapshot, { set: { ...settings, ...encode(transit) } });
  const done: TrackedThread[] = [];
  let unfinished = records.length > MAX_MOVES;
  try {
    for (const record of transit.slice(0, MAX_MOVES))
      done.push(moveOne(record, fromOf(record), next.calendarId));
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    console.warn(`Reminders not all moved to ${next.calendarId}: ${error.message}`);
    unfinished = true;
  }
  if (records.length > MAX_MOVES) console.warn(`Moved ${MAX_MOVES} reminders of ${records.length} (cap).`);
  if (done.length > 0) writeProperties(snapshot, { set: encode(done) });
  return { moved: done.filter((r) => r.eventId !== '').length, unfinished };
}
