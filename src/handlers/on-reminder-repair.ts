// At thread open, a record left PENDING (the event was set but the record write failed) is repaired from
// Calendar: the event found by its thread property gives the id, date and time; none found clears it.
import { isLocalDate } from '../core/calendar-days';
import { reminderCalendars, withoutReminder, type TrackedThread } from '../core/tracking/tracked-thread';
import { settleReminder } from '../calendar/reminder-calendar';

const TIME = /^\d{2}:\d{2}$/;

/** Call under the user lock. The event ends in the Settings calendar, one copy at most. */
export function repairedReminder(record: TrackedThread, settingsCalendar: string): TrackedThread {
  const calendars = reminderCalendars(record, settingsCalendar);
  const event = settleReminder(settingsCalendar, record.threadId, calendars);
  if (!event?.id) return withoutReminder(record);
  // Calendar answers dateTime as local wall clock with an offset ("2024-05-08T09:30:00+02:00").
  const start = String(event.start?.dateTime ?? event.start?.date ?? '');
  const date = start.slice(0, 10);
  const time = start.slice(11, 16);
  return {
    ...record,
    eventId: event.id,
    reminderOn: isLocalDate(date) ? date : record.reminderOn,
    ...(TIME.test(time) ? { reminderTime: time } : {}),
    calendars: [settingsCalendar],
  };
}
