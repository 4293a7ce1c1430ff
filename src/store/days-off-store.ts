// Non-working days for the WorkCalendar: from the daily cache in user properties, refreshed from Calendar
// at most once a day (an hour after a failure), one Calendar read per execution at most. A failed read
// leaves weekends only, and says so. The new cache is returned for the caller to store with its own write.
import {
  decodeHolidayCache,
  encodeHolidayCache,
  HOLIDAY_CACHE_KEY,
  nextRead,
  refreshWindow,
  type HolidayCache,
} from '../core/holidays/holiday-cache';
import { holidayCalendarId } from '../core/holidays/holiday-calendars';
import { holidayCountryOf } from '../core/holidays/locale-country';
import { withDaysOff } from '../core/holidays/work-calendar';
import type { LocalDate, WorkCalendar } from '../core/types';
import { readAbsences, readHolidays, type DaysOffWindow } from '../calendar/days-off-reader';

export interface DaysOffInput {
  readonly stored: Readonly<Record<string, string>>;
  /** The holidayCountry setting: a country, 'none', or '' for the time zone's country. */
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

const EMPTY: HolidayCache = {
  country: '',
  fetchedOn: null,
  failedAt: 0,
  holidays: [],
  absencesOn: null,
  absencesFailedAt: 0,
  absences: [],
};

function refreshHolidays(input: DaysOffInput, previous: HolidayCache, today: LocalDate, calendarId: string) {
  const keep = previous.country === input.country ? previous : { ...EMPTY, absences: previous.absences };
  const read = attempt(() => readHolidays(calendarId, windowOf(today, input.calendar)));
  return read.ok
    ? { ...keep, country: input.country, fetchedOn: today, failedAt: 0, holidays: read.value }
    : { ...keep, country: input.country, failedAt: Math.floor(input.now / 60_000) };
}

function refreshAbsences(input: DaysOffInput, previous: HolidayCache, today: LocalDate): HolidayCache {
  const read = attempt(() => readAbsences(windowOf(today, input.calendar)));
  return read.ok
    ? { ...previous, absencesOn: today, absencesFailedAt: 0, absences: read.value }
    : { ...previous, absencesFailedAt: Math.floor(input.now / 60_000) };
}

export function loadDaysOff(setting: DaysOffInput): DaysOff {
  const input = { ...setting, country: holidayCountryOf(setting.country, setting.calendar.timeZone) };
  const today = input.calendar.localDateOf(input.now, input.calendar.timeZone);
  const holidayCalendar = holidayCalendarId(input.country);
  const cached = decodeHolidayCache(input.stored[HOLIDAY_CACHE_KEY]);
  const read = nextRead(cached, input.country, holidayCalendar !== null, today, input.now);
  const base = cached ?? { ...EMPTY, country: input.country };
  const cache =
    read === 'holidays' && holidayCalendar
      ? refreshHolidays(input, base, today, holidayCalendar)
      : read === 'absences'
        ? refreshAbsences(input, { ...base, country: input.country }, today)
        : base;
  return {
    calendar: withDaysOff(input.calendar, cache.holidays, cache.absences),
    holidaysUnavailable: holidayCalendar !== null && cache.failedAt > 0 && cache.holidays.length === 0,
    cacheWrite: read === null ? {} : { [HOLIDAY_CACHE_KEY]: encodeHolidayCache(cache) },
  };
}

/** The cached holidays and absences on the calendar, without any Calendar read (for reminder buttons). */
export function cachedDaysOff(
  stored: Readonly<Record<string, string>>,
  calendar: WorkCalendar,
): WorkCalendar {
  const cache = decodeHolidayCache(stored[HOLIDAY_CACHE_KEY]);
  return cache ? withDaysOff(calendar, cache.holidays, cache.absences) : calendar;
}
