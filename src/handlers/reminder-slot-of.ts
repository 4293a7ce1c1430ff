// The reminder slot of a chosen day for this user now: their time zone, reminder time and cached days off.
import { reminderSlot, type ReminderSlot } from '../core/tracking/reminder-slot';
import type { LocalDate } from '../core/types';
import { appsScriptTimeOf } from '../platform/apps-script-dates';
import { cachedDaysOff } from '../store/days-off-store';
import type { HandlerContext } from './context';

/** Never in the past; the cached holidays and absences count (no Calendar read). */
export function slotFor(context: HandlerContext, date: LocalDate): ReminderSlot {
  const { calendar, now } = context;
  return reminderSlot({
    date,
    today: calendar.localDateOf(now, calendar.timeZone),
    nowTime: appsScriptTimeOf(now, calendar.timeZone),
    reminderTime: context.settings.reminderTime,
    calendar: cachedDaysOff(context.stored, calendar),
  });
}
