// Non-working days for the WorkCalendar: from the daily cache in user properties, refreshed from Calendar
// at most once a day (an hour after a failure). A failed read leaves weekends only, and says so. The new
// cache is returned for the caller to store with its own write (one lock, one setProperties).
import {
  decodeHolidayCache,
  encodeHolidayCache,
  HOLIDAY_CACHE_KEY,
  needsRefresh,
  refreshWindow,
  type HolidayCache,
} from '../core/holidays/holiday-cache';
import { holidayCalendarId } from '../core/holidays/holiday-calendars';
import { withDaysOff } from '../core/holidays/work-calendar';
import type { LocalDate, WorkCalendar } from '../core/types';
import { readAbsences, readHolidays, type DaysOffWindow } from '../calendar/days-off-reader';

export interface DaysOffInput {
  readonly stored: Readonly<Record<string, string>>;
  readonly country: string;
  readonly calendar: WorkCalendar;
  readonly now: number;
}

export interface DaysOff {
  readonly calendar: WorkCalendar;
  /** The country's holidays could not be read and none are cached: only weekends are skipped. */
  readonly holidaysUnavailable: boolean;
  /** The refreshed cache to store with the execution's other writes (empty when nothing was read). */
  readonly cacheWrite: Readonly<Record<string, string>>;
}

function attempt<T>(read: () => T): { ok: true; value: T } | { ok: false } {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    console.warn(`Days off not read: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false };
  }
}

function windowOf(today: LocalDate, calendar: WorkCalendar): DaysOffWindow {
  const { from, to } = refreshWindow(today);
  const localDate = (ms: number) => calendar.localDateOf(ms, calendar.timeZone);
  return { timeMin: `${from}T00:00:00Z`, timeMax: `${to}T00:00:00Z`, localDate };
}

function refresh(input: DaysOffInput, previous: HolidayCache | null, today: LocalDate): HolidayCache {
  const window = windowOf(today, input.calendar);
  const holidayCalendar = holidayCalendarId(input.country);
  const keep = previous?.country === input.country ? previous : null;
  const holidays = holidayCalendar
    ? attempt(() => readHolidays(holidayCalendar, window))
    : { ok: true as const, value: [] };
  const absences = attempt(() => readAbsences(window));
  return {
    country: input.country,
    fetchedOn: holidays.ok ? today : (keep?.fetchedOn ?? null),
    failedAt: holidays.ok ? 0 : Math.floor(input.now / 60_000),
    holidays: holidays.ok ? holidays.value : (keep?.holidays ?? []),
    absences: absences.ok ? absences.value : (keep?.absences ?? []),
  };
}

export function loadDaysOff(input: DaysOffInput): DaysOff {
  const today = input.calendar.localDateOf(input.now, input.calendar.timeZone);
  let cache = decodeHolidayCache(input.stored[HOLIDAY_CACHE_KEY]);
  let cacheWrite: Record<string, string> = {};
  if (needsRefresh(cache, input.country, today, input.now)) {
    cache = refresh(input, cache, today);
    cacheWrite = { [HOLIDAY_CACHE_KEY]: encodeHolidayCache(cache) };
  }
  const hasCalendar = holidayCalendarId(input.country) !== null;
  return {
    calendar: withDaysOff(input.calendar, cache?.holidays ?? [], cache?.absences ?? []),
    holidaysUnavailable: hasCalendar && (cache?.failedAt ?? 0) > 0 && (cache?.holidays.length ?? 0) === 0,
    cacheWrite,
  };
}
