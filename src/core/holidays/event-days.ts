// Local dates covered by Calendar events: all-day holidays and the user's out-of-office blocks.
import { addDays } from '../calendar-days';
import type { LocalDate } from '../types';

export interface EventTimes {
  readonly start?: { readonly date?: string; readonly dateTime?: string };
  readonly end?: { readonly date?: string; readonly dateTime?: string };
  readonly status?: string;
  readonly description?: string;
}

/** Days an event covers: all-day `end.date` is exclusive, a timed end at midnight does not take that day. */
export function daysOfEvent(
  event: EventTimes,
  localDate: (ms: number) => LocalDate,
  maxDays = 400,
): LocalDate[] {
  if (event.status === 'cancelled') return [];
  const first = dayOf(event.start, localDate, false);
  const last = dayOf(event.end, localDate, true) ?? first;
  if (!first || !last) return [];
  const out: LocalDate[] = [];
  for (let d = first; d <= last && out.length < maxDays; d = addDays(d, 1)) out.push(d);
  return out;
}

function dayOf(
  time: EventTimes['start'],
  localDate: (ms: number) => LocalDate,
  isEnd: boolean,
): LocalDate | null {
  if (time?.date) return isEnd ? addDays(time.date, -1) : time.date;
  if (!time?.dateTime) return null;
  const ms = Date.parse(time.dateTime);
  if (Number.isNaN(ms)) return null;
  // An out-of-office block ending at 00:00 ends the previous day; one ending later takes its own day.
  return isEnd ? localDate(ms - 1) : localDate(ms);
}

/**
 * Public holidays only: Google's holiday calendars also list observances (Valentine's Day, Father's Day)
 * that are ordinary working days, marked "Observance" in the description.
 */
export function isDayOff(event: EventTimes): boolean {
  return !/^\s*observance/i.test(event.description ?? '');
}
