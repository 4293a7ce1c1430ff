// When a reminder goes: never in the past. On the chosen day after the reminder time, the next quarter hour
// at least an hour ahead while the working day lasts (until 18:00), else the next working day at that time.
import { addDays, isWorkingDay } from '../calendar-days';
import type { LocalDate, WorkCalendar } from '../types';

/** The working day ends here: a reminder later than this would ring after work. */
export const DAY_ENDS = '18:00';
/** Minutes of notice a reminder set for today gives at least. */
export const NOTICE_MINUTES = 60;
const QUARTER = 15;

export interface SlotInput {
  /** The day the user chose (or the button's suggested day); today or later. */
  readonly date: LocalDate;
  readonly today: LocalDate;
  /** 'HH:MM' now, in the user's time zone. */
  readonly nowTime: string;
  /** The Settings reminder time, 'HH:MM'. */
  readonly reminderTime: string;
  readonly calendar: WorkCalendar;
}

export interface ReminderSlot {
  readonly date: LocalDate;
  readonly time: string;
}

export const minutesOf = (time: string): number => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

const timeOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function nextWorkingDay(after: LocalDate, calendar: WorkCalendar): LocalDate {
  let day = addDays(after, 1);
  // A calendar with no working day at all still ends: a week later at most.
  for (let i = 0; i < 366 && !isWorkingDay(day, calendar); i += 1) day = addDays(day, 1);
  return day;
}

export function reminderSlot(input: SlotInput): ReminderSlot {
  const { date, today, reminderTime } = input;
  if (date > today) return { date, time: reminderTime };
  const now = minutesOf(input.nowTime);
  if (date === today && minutesOf(reminderTime) > now) return { date, time: reminderTime };
  const soonest = Math.ceil((now + NOTICE_MINUTES) / QUARTER) * QUARTER;
  if (date === today && soonest <= minutesOf(DAY_ENDS)) return { date, time: timeOf(soonest) };
  return { date: nextWorkingDay(today, input.calendar), time: reminderTime };
}
