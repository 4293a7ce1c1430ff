// Adds public holidays and out-of-office days to a WorkCalendar's non-working days.
import type { LocalDate, WorkCalendar } from '../types';

export function withDaysOff(
  calendar: WorkCalendar,
  holidays: readonly LocalDate[],
  absences: readonly LocalDate[],
): WorkCalendar {
  return { ...calendar, holidays: new Set([...calendar.holidays, ...holidays, ...absences]) };
}
