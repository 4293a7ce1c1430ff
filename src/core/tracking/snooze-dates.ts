// The dates a reminder can be snoozed to from Calendar: tomorrow, in 3 working days, next week; each a working
// day (holidays and my own absences are non-working days in the calendar) strictly after today.
import { addDays, addWorkingDays, weekdayOf, workingDayOnOrAfter } from '../calendar-days';
import type { LocalDate, WorkCalendar } from '../types';

export const SNOOZE_KINDS = ['tomorrow', 'three-working-days', 'next-week'] as const;
export type SnoozeKind = (typeof SNOOZE_KINDS)[number];

export function isSnoozeKind(value: string): value is SnoozeKind {
  return (SNOOZE_KINDS as readonly string[]).includes(value);
}

/** Never today or earlier, so a snoozed reminder at the usual reminder time is never in the past. */
export function snoozeDate(kind: SnoozeKind, today: LocalDate, calendar: WorkCalendar): LocalDate {
  if (kind === 'tomorrow') return workingDayOnOrAfter(addDays(today, 1), calendar);
  if (kind === 'three-working-days') return addWorkingDays(today, 3, calendar);
  // Next week: the first working day from next Monday on (Gmail's "next week" snooze means Monday too).
  return workingDayOnOrAfter(addDays(today, 8 - weekdayOf(today)), calendar);
}

export interface SnoozeOption {
  readonly kind: SnoozeKind;
  readonly date: LocalDate;
}

/** The three choices, in order; two choices falling on the same day are both kept (their labels differ). */
export function snoozeOptions(today: LocalDate, calendar: WorkCalendar): SnoozeOption[] {
  return SNOOZE_KINDS.map((kind) => ({ kind, date: snoozeDate(kind, today, calendar) }));
}
