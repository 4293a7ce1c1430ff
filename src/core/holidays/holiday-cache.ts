// The cached non-working days (public holidays and my out-of-office days), refreshed at most once a day.
import { addDays } from '../calendar-days';
import { dateOfDay, dayNumber } from '../tracking/record-codec';
import type { LocalDate } from '../types';

export const HOLIDAY_CACHE_KEY = 'holidays';
/** After a failed read, try again after this long (a day would leave a transient error in place all day). */
export const RETRY_AFTER_MINUTES = 60;
/** Days read around today: back far enough for the longest wait, ahead for the latest reminder. */
export const DAYS_BACK = 120;
export const DAYS_AHEAD = 400;

export interface HolidayCache {
  readonly country: string;
  /** The local date of the last successful read; null when never read. */
  readonly fetchedOn: LocalDate | null;
  /** Epoch minutes of the last failed read, 0 when the last read succeeded. */
  readonly failedAt: number;
  readonly holidays: readonly LocalDate[];
  readonly absences: readonly LocalDate[];
}

export function encodeHolidayCache(cache: HolidayCache): string {
  return JSON.stringify({
    c: cache.country,
    f: dayNumber(cache.fetchedOn),
    x: cache.failedAt,
    h: cache.holidays.map(dayNumber),
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
      absences: days(v['o']),
    };
  } catch {
    return null;
  }
}

/** Read again when the country changed, the last read is from another day, or a failure has aged. */
export function needsRefresh(
  cache: HolidayCache | null,
  country: string,
  today: LocalDate,
  nowMs: number,
): boolean {
  if (!cache || cache.country !== country) return true;
  if (cache.failedAt > 0) return Math.floor(nowMs / 60_000) - cache.failedAt >= RETRY_AFTER_MINUTES;
  return cache.fetchedOn !== today;
}

/** The window [from, to) of local dates a refresh reads. */
export function refreshWindow(today: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: addDays(today, -DAYS_BACK), to: addDays(today, DAYS_AHEAD) };
}
