// The Calendar event resource of a thread's reminder: plain data the Calendar adapter inserts or patches.
import { addDays } from '../calendar-days';
import type { LocalDate } from '../types';

/** Private extended property that finds a thread's reminder again (Events.list privateExtendedProperty). */
export const THREAD_PROPERTY = 'followUpCoachThread';
export const REMINDER_MINUTES = 15;

export interface ReminderEventInput {
  readonly threadId: string;
  readonly title: string;
  readonly description: string;
  readonly date: LocalDate;
  /** 'HH:MM' in the user's time zone. */
  readonly time: string;
  readonly timeZone: string;
  readonly emailReminder: boolean;
}

export interface EventTime {
  readonly dateTime: string;
  readonly timeZone: string;
}

export interface ReminderEventResource {
  readonly summary: string;
  readonly description: string;
  readonly start: EventTime;
  readonly end: EventTime;
  readonly transparency: 'transparent';
  readonly status: 'confirmed';
  readonly reminders: {
    readonly useDefault: false;
    readonly overrides: readonly { readonly method: 'popup' | 'email'; readonly minutes: number }[];
  };
  readonly extendedProperties: { readonly private: Readonly<Record<string, string>> };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A wall-clock time in the event's zone: Calendar resolves it, so no offset maths (and DST) here. */
function wallClock(date: LocalDate, minutesOfDay: number, timeZone: string): EventTime {
  const dayShift = Math.floor(minutesOfDay / 1440);
  const minutes = minutesOfDay - dayShift * 1440;
  const day = addDays(date, dayShift);
  return { dateTime: `${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00`, timeZone };
}

export function reminderEvent(input: ReminderEventInput): ReminderEventResource {
  const [hours, minutes] = input.time.split(':').map(Number) as [number, number];
  const startMinutes = hours * 60 + minutes;
  const overrides = [
    { method: 'popup' as const, minutes: 0 },
    ...(input.emailReminder ? [{ method: 'email' as const, minutes: 0 }] : []),
  ];
  return {
    summary: input.title,
    description: input.description,
    start: wallClock(input.date, startMinutes, input.timeZone),
    end: wallClock(input.date, startMinutes + REMINDER_MINUTES, input.timeZone),
    transparency: 'transparent',
    status: 'confirmed',
    reminders: { useDefault: false, overrides },
    extendedProperties: { private: { [THREAD_PROPERTY]: input.threadId } },
  };
}

/** Opens the thread in the right account when several are signed in. */
export function threadPermalink(threadId: string, userEmail: string): string {
  const account = userEmail ? `?authuser=${encodeURIComponent(userEmail)}` : 'u/0/';
  return `https://mail.google.com/mail/${account}#all/${encodeURIComponent(threadId)}`;
}
