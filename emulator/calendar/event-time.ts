// Instants of an event's start and end: dateTime with its offset or in its zone, all-day dates at midnight.
import { wallClockToInstant } from '../../src/core/zone-offset';

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

export function midnightIn(date: string, timeZone: string): number {
  return wallClockToInstant(`${date}T00:00:00`, timeZone);
}

/** The Calendar API reads a dateTime without offset in the event's own timeZone, else the calendar's. */
export function instantOf(time: unknown, timeZone: string): number | null {
  if (!time || typeof time !== 'object') return null;
  const t = time as { dateTime?: unknown; date?: unknown; timeZone?: unknown };
  const zone = typeof t.timeZone === 'string' ? t.timeZone : timeZone;
  if (typeof t.dateTime === 'string') {
    return HAS_OFFSET.test(t.dateTime) ? Date.parse(t.dateTime) : wallClockToInstant(t.dateTime, zone);
  }
  if (typeof t.date === 'string') return midnightIn(t.date, zone);
  return null;
}
