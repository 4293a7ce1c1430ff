// LocalDateOf for Node and browsers: the calendar date of an instant in an IANA zone, via Intl.
import type { LocalDate, LocalDateOf } from './types';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-CA formats as YYYY-MM-DD; formatToParts keeps us independent of that detail anyway.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Zone offsets change on quarter hours at the finest, so one answer per quarter hour is exact. */
const QUARTER_HOUR_MS = 900_000;
const CACHE_LIMIT = 10_000;
const cache = new Map<string, LocalDate>();

function format(epochMs: number, timeZone: string): LocalDate {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

// formatToParts costs microseconds per call and the analysis asks for the same days over and over.
export const intlLocalDateOf: LocalDateOf = (epochMs: number, timeZone: string): LocalDate => {
  const key = `${timeZone}|${Math.floor(epochMs / QUARTER_HOUR_MS)}`;
  let date = cache.get(key);
  if (date === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    date = format(epochMs, timeZone);
    cache.set(key, date);
  }
  return date;
};

/** True when Intl knows the zone (the CLI validates --tz with it). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
