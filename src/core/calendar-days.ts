// Arithmetic on local calendar dates ('YYYY-MM-DD'): days, weekdays and working days, with no time zone maths.
import type { LocalDate, Weekday, WorkCalendar } from './types';

const DAY_MS = 86_400_000;

function toUtcMs(date: LocalDate): number {
  // Fixed positions of 'YYYY-MM-DD': no split, no array (the CLI calls this millions of times).
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** Days since 1970-01-01 (day 0 was a Thursday). */
const dayNumber = (date: LocalDate): number => Math.round(toUtcMs(date) / DAY_MS);
const weekdayOfDay = (day: number): Weekday => (((((day + 3) % 7) + 7) % 7) + 1) as Weekday;

function fromUtcMs(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isLocalDate(value: string): value is LocalDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return fromUtcMs(toUtcMs(value)) === value;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Calendar months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay)));
}

/** b − a in calendar days. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

export function weekdayOf(date: LocalDate): Weekday {
  const sundayZero = new Date(toUtcMs(date)).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as Weekday;
}

export function isWorkingDay(date: LocalDate, calendar: WorkCalendar): boolean {
  return calendar.workingDays.includes(weekdayOf(date)) && !calendar.holidays.has(date);
}

/** Holidays as sorted day numbers, per holiday set (rebuilt if the set changed size). */
const holidayDays = new WeakMap<ReadonlySet<LocalDate>, { size: number; days: number[] }>();

function sortedHolidays(holidays: ReadonlySet<LocalDate>): number[] {
  const cached = holidayDays.get(holidays);
  if (cached && cached.size === holidays.size) return cached.days;
  const days = [...holidays].filter(isLocalDate).map(dayNumber);
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  holidayDays.set(holidays, { size: holidays.size, days: sorted });
  return sorted;
}

/** Index of the first element > value. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Working days d with from < d <= to (0 when to <= from). Whole weeks are counted at once and holidays
 * found by binary search: constant time in the span, which the CLI asks for hundreds of thousands of times.
 */
export function workingDaysBetween(from: LocalDate, to: LocalDate, calendar: WorkCalendar): number {
  const first = dayNumber(from) + 1;
  const last = dayNumber(to);
  if (last < first) return 0;
  const span = last - first + 1;
  const weeks = Math.floor(span / 7);
  let count = weeks * new Set(calendar.workingDays).size;
  for (let day = first + weeks * 7; day <= last; day += 1) {
    if (calendar.workingDays.includes(weekdayOfDay(day))) count += 1;
  }
  const holidays = sortedHolidays(calendar.holidays);
  for (let i = upperBound(holidays, first - 1); i < holidays.length; i += 1) {
    const day = holidays[i] as number;
    if (day > last) break;
    if (calendar.workingDays.includes(weekdayOfDay(day))) count -= 1;
  }
  return count;
}

/** The first working day on or after `date`; `date` itself when no working day exists in a year. */
export function workingDayOnOrAfter(date: LocalDate, calendar: WorkCalendar): LocalDate {
  for (let i = 0, d = date; i < 366; i += 1, d = addDays(d, 1)) {
    if (isWorkingDay(d, calendar)) return d;
  }
  return date;
}

/** The n-th working day after `date` (n >= 1); n <= 0 gives the first working day on or after it. */
export function addWorkingDays(date: LocalDate, n: number, calendar: WorkCalendar): LocalDate {
  if (n <= 0) return workingDayOnOrAfter(date, calendar);
  let d = date;
  for (let left = n, guard = 0; left > 0 && guard < 3660; guard += 1) {
    d = addDays(d, 1);
    if (isWorkingDay(d, calendar)) left -= 1;
  }
  return d;
}

/** Calendar days and working days from the instant `fromMs` to `nowMs`, in the calendar's time zone. */
export function elapsed(
  fromMs: number,
  nowMs: number,
  calendar: WorkCalendar,
): { days: number; workingDays: number } {
  const from = calendar.localDateOf(fromMs, calendar.timeZone);
  const to = calendar.localDateOf(nowMs, calendar.timeZone);
  return { days: Math.max(0, daysBetween(from, to)), workingDays: workingDaysBetween(from, to, calendar) };
}
