// Send-date rules: working days only, never before today, a client's return or a promised date.
import { addWorkingDays, workingDayOnOrAfter } from '../calendar-days';
import type { LocalDate, WorkCalendar } from '../types';

export interface SendDateInput {
  /** When the ladder would send, ignoring absences, promises and today. */
  readonly target: LocalDate;
  readonly today: LocalDate;
  readonly calendar: WorkCalendar;
  readonly outOfOfficeUntil: LocalDate | null;
  readonly promisedBy: LocalDate | null;
}

export interface SendDate {
  readonly sendOn: LocalDate;
  /** The step's time has come: its date, after absences and promises, is today or earlier. */
  readonly due: boolean;
}

const later = (a: LocalDate, b: LocalDate): LocalDate => (a > b ? a : b);

/** The first working day after a return or promised date: the client gets a day to catch up. */
export function dayAfter(date: LocalDate, calendar: WorkCalendar): LocalDate {
  return addWorkingDays(date, 1, calendar);
}

export function sendDate(input: SendDateInput): SendDate {
  const { calendar } = input;
  let earliest = input.target;
  if (input.outOfOfficeUntil) earliest = later(earliest, dayAfter(input.outOfOfficeUntil, calendar));
  if (input.promisedBy) earliest = later(earliest, dayAfter(input.promisedBy, calendar));
  return {
    sendOn: workingDayOnOrAfter(later(earliest, input.today), calendar),
    due: earliest <= input.today,
  };
}
