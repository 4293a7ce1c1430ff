// "Out of office until": the return date an auto-reply writes, as a calendar date, and whether it is stale.
import { allMatches } from './date-words/all-matches';
import { addDays, isLocalDate, weekdayOf } from '../calendar-days';
import { findDates, resolveYear, type FoundDate, type NumericOrder } from './date-words/find-dates';
import { WEEKDAY_PATTERN, WEEKDAYS } from './date-words/weekdays';
import type { LocalDate, LocalDateOf } from '../types';

export interface ReturnDateOptions {
  readonly timeZone: string;
  readonly localDateOf: LocalDateOf;
  /** Content-Language header and sender address of the notice: they decide US month-first numeric dates. */
  readonly contentLanguage?: string;
  readonly senderEmail?: string;
}

export interface ReturnDate {
  readonly date: LocalDate;
  /** The date was already past when the notice was sent: it says nothing about the future. */
  readonly stale: boolean;
}

/** Words that introduce the end of an absence, in en/it/de/fr/es. */
const RETURN_WORDS =
  /(back|return|returning|until|till|through|thru|resume|rientr\w*|ritorn\w*|torner\w*|fino\s+al?l?[’']?|sino\s+al?l?[’']?|dal\s+giorno|zurück|wieder|bis\s+(?:zum|einschließlich|einschl\.)?|ab\s+(?:dem)?|retour|jusqu[’']?au|jusqu[’']?à|reprendrai|hasta\s+el|hasta|regres\w*|vuelta|volver\w*|a\s+partir\s+del?)\W{0,3}\s*(\S+\s+){0,3}$/iu;

/**
 * Numeric dates are read day-first (3/4 = 3 April), except in English notices from the US: those are
 * month-first. The notice is "from the US" when its Content-Language is en-US or its sender's domain ends
 * in .us; a notice in English from anywhere else stays day-first, the international habit.
 */
export function numericDateOrder(text: string, contentLanguage = '', senderEmail = ''): NumericOrder {
  const english = /\b(the|office|back|until|return|will)\b/i.test(text);
  const us = /^en-us\b/i.test(contentLanguage.trim()) || /\.us$/i.test(senderEmail.trim());
  return english && us ? 'mdy' : 'dmy';
}

/** "back on Monday" with no date: the first such weekday after the notice was sent. */
const WEEKDAY_RE = new RegExp(`(?<![\\p{L}])(${WEEKDAY_PATTERN})(?![\\p{L}])`, 'giu');

function weekdayAfterReturnWord(text: string, sentOn: LocalDate): LocalDate | null {
  const re = WEEKDAY_RE;
  for (const m of allMatches(re, text.toLowerCase())) {
    if (!RETURN_WORDS.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const target = WEEKDAYS.get(m[1] as string) as number;
    const ahead = (target - weekdayOf(sentOn) + 7) % 7 || 7;
    return addDays(sentOn, ahead);
  }
  return null;
}

function pick(found: readonly FoundDate[], text: string, sentOn: LocalDate): LocalDate | null {
  const dates = (list: readonly FoundDate[]): LocalDate[] =>
    list
      .map((f) => resolveYear(f, sentOn))
      .filter(isLocalDate)
      .sort();
  const introduced = found.filter((f) => RETURN_WORDS.test(text.slice(Math.max(0, f.index - 40), f.index)));
  // The return is the latest date a return word introduces; failing that, the latest date written.
  return dates(introduced).pop() ?? dates(found).pop() ?? null;
}

/** The return date written in an out-of-office text, with its staleness; null when it names none. */
export function readReturnDate(text: string, sentAt: number, options: ReturnDateOptions): ReturnDate | null {
  const sentOn = options.localDateOf(sentAt, options.timeZone);
  const order = numericDateOrder(text, options.contentLanguage, options.senderEmail);
  const date = pick(findDates(text, order), text, sentOn) ?? weekdayAfterReturnWord(text, sentOn);
  return date === null ? null : { date, stale: date < sentOn };
}

/** The return date, or null when there is none or it was already past when the notice was sent. */
export function outOfOfficeReturnDate(
  text: string,
  sentAt: number,
  options: ReturnDateOptions,
): LocalDate | null {
  const found = readReturnDate(text, sentAt, options);
  return found && !found.stale ? found.date : null;
}
