// "Promised date": the time a client's reply promises an answer by ("next week", "entro venerdì"), as a date.
import { allMatches } from './date-words/all-matches';
import { isCommitmentAt } from './date-words/commitment';
import { findDates, resolveYear } from './date-words/find-dates';
import { PROMISE_RULES } from './date-words/promise-rules';
import { daysBetween, isLocalDate } from '../calendar-days';
import type { LocalDate, WorkCalendar } from '../types';

/** Words that make an explicit date a deadline rather than a reference ("the invoice of 3 March"). */
const DATE_CUE =
  /(?<!\p{L})(?:by|before|on|after|until|entro|per|prima|dopo|il|dal|bis|vor|am|nach|ab|avant|d.ici|le|après|para|antes|el|después|hasta)\s+(?:the\s+|del\s+|de\s+|dem\s+|zum\s+)?(?:\p{L}+[,\s]+)?$/iu;

function explicitDates(text: string, sentOn: LocalDate): LocalDate[] {
  return findDates(text)
    .filter((f) => DATE_CUE.test(text.slice(Math.max(0, f.index - 25), f.index)))
    .filter((f) => isCommitmentAt(text, f.index))
    .map((f) => resolveYear(f, sentOn))
    .filter((d) => isLocalDate(d) && d > sentOn && daysBetween(sentOn, d) <= 180);
}

/** Every date the text promises, unsorted: only dates next to the writer's own commitment, never asked-for ones. */
export function promisedDates(text: string, sentOn: LocalDate, calendar: WorkCalendar): LocalDate[] {
  const lower = text.toLowerCase();
  const dates: LocalDate[] = explicitDates(lower, sentOn);
  for (const rule of PROMISE_RULES) {
    for (const match of allMatches(rule.re, lower)) {
      if (isCommitmentAt(lower, match.index)) dates.push(rule.resolve(sentOn, calendar, match));
    }
  }
  return dates.filter((d) => d > sentOn);
}

/**
 * The date by which the client promised to come back, from their own (unquoted) text; the latest one when
 * several are named, so a nudge never lands before any of them. null when nothing is promised.
 */
export function promisedDate(text: string, sentAt: number, calendar: WorkCalendar): LocalDate | null {
  const sentOn = calendar.localDateOf(sentAt, calendar.timeZone);
  return promisedDates(text, sentOn, calendar).sort().pop() ?? null;
}
