// Says exactly when a reminder goes ("today at 15:30", "tomorrow at 09:30", else the date) on the sidebar's
// button and in the notification, in the five interface languages.
import { addDays } from '../calendar-days';
import { dayAndDate } from '../i18n/format-date';
import type { UiLanguage } from '../i18n/ui-language';
import type { LocalDate } from '../types';
import type { ReminderSlot } from './reminder-slot';

interface WhenText {
  readonly today: (time: string) => string;
  readonly tomorrow: (time: string) => string;
  readonly on: (date: string, time: string) => string;
  readonly button: (when: string) => string;
  readonly set: (when: string) => string;
}

const WHEN: Readonly<Record<'en' | 'it' | 'es' | 'fr' | 'de', WhenText>> = {
  en: {
    today: (time) => `today at ${time}`,
    tomorrow: (time) => `tomorrow at ${time}`,
    on: (date, time) => `on ${date} at ${time}`,
    button: (when) => `Remind me ${when}`,
    set: (when) => `Reminder set for ${when.replace(/^on /, '')}.`,
  },
  it: {
    today: (time) => `oggi alle ${time}`,
    tomorrow: (time) => `domani alle ${time}`,
    on: (date, time) => `il ${date} alle ${time}`,
    button: (when) => `Ricordamelo ${when}`,
    set: (when) => `Promemoria fissato per ${when.replace(/^il /, '')}.`,
  },
  es: {
    today: (time) => `hoy a las ${time}`,
    tomorrow: (time) => `mañana a las ${time}`,
    on: (date, time) => `el ${date} a las ${time}`,
    button: (when) => `Recuérdamelo ${when}`,
    set: (when) => `Recordatorio programado para ${when}.`,
  },
  fr: {
    today: (time) => `aujourd’hui à ${time}`,
    tomorrow: (time) => `demain à ${time}`,
    on: (date, time) => `le ${date} à ${time}`,
    button: (when) => `Me le rappeler ${when}`,
    set: (when) => `Rappel prévu ${when}.`,
  },
  de: {
    today: (time) => `heute um ${time}`,
    tomorrow: (time) => `morgen um ${time}`,
    on: (date, time) => `am ${date} um ${time}`,
    button: (when) => `Erinnere mich ${when}`,
    set: (when) => `Erinnerung ${when} eingetragen.`,
  },
};

function textOf(language: UiLanguage): WhenText {
  return WHEN[language as keyof typeof WHEN] ?? WHEN.en;
}

/** "today at 15:30", "tomorrow at 09:30", "on Wed 8 May at 09:30". */
export function reminderWhen(slot: ReminderSlot, language: UiLanguage, today: LocalDate): string {
  const t = textOf(language);
  if (slot.date === today) return t.today(slot.time);
  if (slot.date === addDays(today, 1)) return t.tomorrow(slot.time);
  return t.on(dayAndDate(slot.date, language, today), slot.time);
}

/** The sidebar's button: "Remind me today at 15:30". */
export function remindButton(slot: ReminderSlot, language: UiLanguage, today: LocalDate): string {
  return textOf(language).button(reminderWhen(slot, language, today));
}

/** The notification after a click: "Reminder set for tomorrow at 09:30." */
export function reminderSetText(slot: ReminderSlot, language: UiLanguage, today: LocalDate): string {
  return textOf(language).set(reminderWhen(slot, language, today));
}
