// Says exactly when a reminder goes ("today at 15:30", "tomorrow at 09:30", else the date) on the sidebar's
// button and in the notification.
import { addDays } from '../calendar-days';
import { picker } from '../i18n/five';
import { dayAndDate } from '../i18n/format-date';
import { REMINDER_STRINGS } from '../i18n/reminder-strings';
import type { UiLanguage } from '../i18n/ui-language';
import type { LocalDate } from '../types';
import type { ReminderSlot } from './reminder-slot';

export const reminderText = picker(REMINDER_STRINGS);

/** "today at 15:30", "tomorrow at 09:30", "on Wed 8 May at 09:30". */
export function reminderWhen(slot: ReminderSlot, language: UiLanguage, today: LocalDate): string {
  const t = reminderText(language);
  if (slot.date === today) return t.today(slot.time);
  if (slot.date === addDays(today, 1)) return t.tomorrow(slot.time);
  return t.on(dayAndDate(slot.date, language, today), slot.time);
}

/** The sidebar's button: "Remind me today at 15:30". */
export function remindButton(slot: ReminderSlot, language: UiLanguage, today: LocalDate): string {
  return reminderText(language).button(reminderWhen(slot, language, today));
}

/** The notification after a click: "Reminder set for tomorrow at 09:30." */
export function reminderSetText(slot: ReminderSlot, language: UiLanguage, today: LocalDate): string {
  return reminderText(language).set(reminderWhen(slot, language, today));
}
