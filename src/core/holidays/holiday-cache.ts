// The cached non-working days (public holidays and my out-of-office days), refreshed at most once a day.
// One Calendar read per thread open at most, and one a day when it succeeds: holidays (they change rarely)
// are read again after a week, my absences every day, never both the same day (see nextRead).
import { addDays } from '../calendar-days';
import { dateOfDay, dayNumber } from '../tracking/record-codec';
import type { LocalDate } from '../types';

export const HOLIDAY_CACHE_KEY = 'holidays';
/** After a failed read, try again after this long (a day would leave a transient error in place all day). */
export const RETRY_AFTER_MINUTES = 60;
/** Days read around today: back far enough for the longest wait, ahead for the latest reminder. */
export const DAYS_BACK = 120;
export const DAYS_AHEAD = 400;
/** Public holidays are published a year ahead: a week-old copy is as good as today's. */
export const HOLIDAYS_MAX_AGE_DAYS = 7;

export interface HolidayCache {
  readonly country: string;
  /** The local date of the last successful read; null when never read. */
  readonly fetchedOn: LocalDate | null;
  /** Epoch minutes of the last failed read, 0 when the last read succeeded. */
  readonly failedAt: number;
  readonly holidays: readonly LocalDate[];
  /** The local date my absences were last read; null when never. */
  readonly absencesOn: LocalDate | null;
  /** Epoch minutes of the last failed absences read, 0 when the last one succeeded. */
  readonly absencesFailedAt: number;
  readonly absences: readonly LocalDate[];
}

export function encodeHolidayCache(cache: HolidayCache): string {
  return JSON.stringify({
    c: cache.country,
    f: dayNumber(cache.fetchedOn),
    x: cache.failedAt,
    h: cache.holidays.map(dayNumber),
    a: dayNumber(cache.absencesOn),
    y: cache.absencesFailedAt,
    o: cache.absences.map(dayNumber),
  });
}

const days = (value: unknown): LocalDate[] =>
  Array.isArray(value) ? value.map(dateOfDay).filter((d): d is LocalDate => d !== null) : [];

export function decodeHolidayCache(raw: string | undefined): HolidayCache | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Record<string, unknown>;
    if (typeof v['c'] !== 'string') return null;
    return {
      country: v['c'],
      fetchedOn: dateOfDay(v['f']),
      failedAt: typeof v['x'] === 'number' ? v['x'] : 0,
      holidays: days(v['h']),
      absencesOn: dateOfDay(v['a']),
      absencesFailedAt: typeof v['y'] === 'number' ? v['y'] : 0,
      absences: days(v['o']),
    };
  } catch {
    return null;
  }
}

const minutes = (ms: number): number => Math.floor(ms / 60_000);

function stale(
  readOn: LocalDate | null,
  failedAt: number,
  maxAgeDays: number,
  today: LocalDate,
  nowMs: number,
) {
  if (failedAt > 0) return minutes(nowMs) - failedAt >= RETRY_AFTER_MINUTES;
  return readOn === null || (readOn < today && addDays(readOn, maxAgeDays) <= today);
}

/**
 * What to read from Calendar in this execution, if anything: holidays when the country changed or the copy
 * is a week old (or a failure has aged), else my absences once a day. At most one successful read a day:
 * a day whose holidays or absences were read holds until tomorrow (the other half waits a day), so a repeat
 * open the same day costs no Calendar call and no properties write (DESIGN: repeat open in 3 round trips).
 * Only a changed country or a failed read that has aged reads again the same day. `hasHolidayCalendar` is
 * false when no country is chosen: then only absences are ever read.
 */
export function nextRead(
  cache: HolidayCache | null,
  country: string,
  hasHolidayCalendar: boolean,
  today: LocalDate,
  nowMs: number,
): 'holidays' | 'absences' | null {
  if (hasHolidayCalendar && (cache === null || cache.country !== country)) return 'holidays';
  if (cache === null) return 'absences';
  const readToday = cache.fetchedOn === today || cache.absencesOn === today;
  const holidaysDue =
    hasHolidayCalendar && stale(cache.fetchedOn, cache.failedAt, HOLIDAYS_MAX_AGE_DAYS, today, nowMs);
  if (holidaysDue && (!readToday || cache.failedAt > 0)) return 'holidays';
  const absencesDue = stale(cache.absencesOn, cache.absencesFailedAt, 1, today, nowMs);
  if (absencesDue && (!readToday || cache.absencesFailedAt > 0)) return 'absences';
  return null;
}

/** The window [from, to) of local dates a refresh reads. */
export function refreshWindow(today: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: addDays(today, -DAYS_BACK), to: addDays(today, DAYS_AHEAD) };
}
