// Explicit calendar dates written in text (en/it/de/fr/es), with where they occur and whether a year was given.
import { addDays, isLocalDate } from '../../calendar-days';
import { allMatches } from './all-matches';
import { MONTH_PATTERN, MONTHS } from './months';

export interface FoundDate {
  readonly index: number;
  readonly month: number;
  readonly day: number;
  /** null when the text gave no year: the caller infers it from the message date. */
  readonly year: number | null;
}

/** Numeric dates: 'dmy' everywhere except US English, where 3/4 is March 4 (see numericDateOrder). */
export type NumericOrder = 'dmy' | 'mdy';

const L = '(?<![\\p{L}\\d])';
const R = '(?![\\p{L}])';
const ORD = '(?:st|nd|rd|th|°|º|ª|er|\\.)?';
const YEAR = '(?:,?\\s*(\\d{4}))?';
/**
 * Each pattern first looks ahead at the one character a match can start with: V8 would otherwise try the
 * Unicode lookbehind at every position of the text before the cheap test that fails there.
 */
const MONTH_START = `(?=[${[...new Set([...MONTHS.keys()].map((m) => m.charAt(0)))].join('')}])`;
const DAY_MONTH = new RegExp(
  `(?=\\d)${L}(\\d{1,2})${ORD}\\s*(?:of\\s+|de\\s+|di\\s+)?(${MONTH_PATTERN})${R}\\.?${YEAR}`,
  'giu',
);
const MONTH_DAY = new RegExp(
  `${MONTH_START}${L}(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})${ORD}(?!\\d)${YEAR}`,
  'giu',
);
const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
/** d/m/y, d.m.y, d-m-y; d/m; d.m. with its closing dot ("bis 5.1."): "9.30" alone is a time, not a date. */
const NUMERIC = [
  /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d./-]\d|\d)/g,
  /(?<![\d./-])(\d{1,2})(\/)(\d{1,2})()(?![\d/]|\.\d)/g,
  /(?<![\d./-])(\d{1,2})(\.)(\d{1,2})\.()(?!\d)/g,
];

function fullYear(text: string | undefined): number | null {
  if (text === undefined || text === '') return null;
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

function valid(found: FoundDate): boolean {
  const y = found.year ?? 2024; // a leap year, so 29 February is accepted before the year is known
  const iso = `${String(y).padStart(4, '0')}-${String(found.month).padStart(2, '0')}-${String(found.day).padStart(2, '0')}`;
  return isLocalDate(iso);
}

function numericDate(m: RegExpExecArray, order: NumericOrder): FoundDate | null {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = fullYear(m[4]);
  const first: FoundDate =
    order === 'mdy' ? { index: m.index, month: a, day: b, year } : { index: m.index, month: b, day: a, year };
  if (valid(first)) return first;
  // 25/12 cannot be month-first and 12/25 cannot be day-first: the other reading is the only one.
  const other: FoundDate = { index: m.index, month: first.day, day: first.month, year };
  return valid(other) ? other : null;
}

/** Every explicit date in the text, in order of appearance; overlapping readings keep the first found. */
export function findDates(text: string, order: NumericOrder = 'dmy'): FoundDate[] {
  // Every reading below needs a digit: most replies have none.
  if (!/\d/.test(text)) return [];
  const found: FoundDate[] = [];
  const lower = text.toLowerCase();
  for (const m of allMatches(ISO, lower))
    found.push({ index: m.index, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  // A date in words: day and month in either order, the year last.
  const inWords = (m: RegExpExecArray, day: number, month: number): FoundDate => ({
    index: m.index,
    day: Number(m[day]),
    month: MONTHS.get(m[month] as string) ?? 0,
    year: fullYear(m[3]),
  });
  for (const m of allMatches(DAY_MONTH, lower)) found.push(inWords(m, 1, 2));
  for (const m of allMatches(MONTH_DAY, lower)) found.push(inWords(m, 2, 1));
  const taken = (i: number): boolean => found.some((f) => Math.abs(f.index - i) < 6);
  for (const m of NUMERIC.flatMap((re) => allMatches(re, lower))) {
    const date = taken(m.index) ? null : numericDate(m, order);
    if (date) found.push(date);
  }
  return found.filter(valid).sort((x, y) => x.index - y.index);
}

/** The date a found date stands for, given the local date of the message that mentions it. */
export function resolveYear(found: FoundDate, sentOn: string, graceDays = 7): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const at = (y: number): string => `${y}-${pad(found.month)}-${pad(found.day)}`;
  if (found.year !== null) return at(found.year);
  const sentYear = Number(sentOn.slice(0, 4));
  const thisYear = at(sentYear);
  // Without a year, a date more than a few days before the message means next year ("back on 7 January").
  const next = thisYear < addDays(sentOn, -graceDays) || !isLocalDate(thisYear);
  return next && isLocalDate(at(sentYear + 1)) ? at(sentYear + 1) : thisYear;
}
