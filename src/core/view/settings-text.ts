// Wording of the Settings card and of its refusals, in the add-on's two UI languages.
import type { UiLanguage } from '../i18n';
import { DEFAULT_SETTINGS, LADDER_FIELDS, LADDER_LIMITS, TEXT_LIMITS, type LadderField } from '../settings';

interface LimitWords {
  readonly decimalComma: boolean;
  hint(min: number, max: number, fallback: string): string;
  whole(min: number, max: number): string;
  decimal(min: number, max: number, example: string): string;
}

/** Hints and refusals of the ladder numbers, quoting the bounds the schema checks (one table of limits). */
function ladderWords(words: LimitWords) {
  const hints = {} as Record<LadderField, string>;
  const problems = {} as Record<LadderField, string>;
  for (const field of LADDER_FIELDS) {
    const { min, max, integer } = LADDER_LIMITS[field];
    const fallback = String(DEFAULT_SETTINGS.ladder[field]);
    const shown = words.decimalComma ? fallback.replace('.', ',') : fallback;
    hints[field] = words.hint(min, max, shown);
    problems[field] = integer ? words.whole(min, max) : words.decimal(min, max, shown);
  }
  return { hints, problems };
}

const EN_LADDER = ladderWords({
  decimalComma: false,
  hint: (min, max, fallback) => `${min} to ${max} (default ${fallback})`,
  whole: (min, max) => `write a whole number from ${min} to ${max}.`,
  decimal: (min, max, example) => `write a number from ${min} to ${max} (for example ${example}).`,
});

const IT_LADDER = ladderWords({
  decimalComma: true,
  hint: (min, max, fallback) => `da ${min} a ${max} (predefinito ${fallback})`,
  whole: (min, max) => `scrivi un numero intero da ${min} a ${max}.`,
  decimal: (min, max, example) => `scrivi un numero da ${min} a ${max} (per esempio ${example}).`,
});

const { myNameLength, aliasCount } = TEXT_LIMITS;

const EN = {
  title: 'Settings',
  save: 'Save',
  saved: 'Settings saved.',
  notSaved: 'Nothing was saved.',
  sections: { me: 'About you', calendar: 'Calendar and reminders', messages: 'Suggested messages' },
  fields: {
    myName: 'Your name (signs the suggested messages)',
    aliases: 'Your other addresses (aliases), comma-separated',
    colleaguesCountAsMe: 'Colleagues at my company count as me',
    workingDays: 'Working days',
    holidayCountry: 'Public holidays of',
    reminderTime: 'Reminder time (HH:MM)',
    emailReminder: 'Also remind me by email',
    calendarId: 'Calendar for reminders',
    tone: 'Tone',
    language: 'Language of suggested messages',
    firstWaitWorkingDays: 'Working days before the first check-in',
    typicalReplyFactor: "Wait at least this many times the client's usual reply time",
    changeChannelWorkingDays: 'Working days after the check-in before proposing a call',
    closeLoopWorkingDays: 'Working days after that before closing the loop',
    restMonths: 'Months of rest before checking in again',
  },
  hints: {
    calendarId: "'primary' or a calendar id from Google Calendar's settings",
    ...EN_LADDER.hints,
  },
  problems: {
    settings: 'this value is not valid.',
    myName: `use at most ${myNameLength} characters.`,
    aliases: `write full addresses such as anna@example.com, at most ${aliasCount}.`,
    colleaguesCountAsMe: 'choose on or off.',
    workingDays: 'choose at least one day.',
    holidayCountry: 'choose a country from the list.',
    reminderTime: 'use HH:MM on a 24-hour clock, for example 09:30.',
    emailReminder: 'choose on or off.',
    calendarId: "write 'primary' or a calendar id.",
    tone: 'choose warm or formal.',
    language: 'choose a language from the list.',
    ...EN_LADDER.problems,
  },
  tones: { warm: 'Warm', formal: 'Formal' },
  autoLanguage: "The client's language",
  noCountry: 'None (weekends only)',
  localeCountry: (country: string | null) =>
    country ? `From my language settings: ${country}` : 'From my language settings: none (weekends only)',
  reset: (fields: readonly string[]) =>
    fields.includes('settings')
      ? 'Your saved settings could not be read: the defaults are shown. Check them and save.'
      : `These saved settings could not be read and were reset to their defaults: ${fields.join('; ')}. Check them and save.`,
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  countries: {
    IT: 'Italy',
    US: 'United States',
    GB: 'United Kingdom',
    DE: 'Germany',
    FR: 'France',
    ES: 'Spain',
    CH: 'Switzerland',
    AT: 'Austria',
    BE: 'Belgium',
    NL: 'Netherlands',
    IE: 'Ireland',
    PT: 'Portugal',
    CA: 'Canada',
    AU: 'Australia',
    SE: 'Sweden',
    DK: 'Denmark',
    NO: 'Norway',
    FI: 'Finland',
    PL: 'Poland',
    GR: 'Greece',
    BR: 'Brazil',
    MX: 'Mexico',
    IN: 'India',
    JP: 'Japan',
    NZ: 'New Zealand',
  } as Readonly<Record<string, string>>,
};

export type SettingsText = typeof EN;

const IT: SettingsText = {
  title: 'Impostazioni',
  save: 'Salva',
  saved: 'Impostazioni salvate.',
  notSaved: 'Non è stato salvato nulla.',
  sections: { me: 'Chi sei', calendar: 'Calendario e promemoria', messages: 'Messaggi suggeriti' },
  fields: {
    myName: 'Il tuo nome (firma i messaggi suggeriti)',
    aliases: 'Gli altri tuoi indirizzi (alias), separati da virgole',
    colleaguesCountAsMe: 'I colleghi della mia azienda contano come me',
    workingDays: 'Giorni lavorativi',
    holidayCountry: 'Festività di',
    reminderTime: 'Orario del promemoria (HH:MM)',
    emailReminder: 'Avvisami anche per email',
    calendarId: 'Calendario dei promemoria',
    tone: 'Tono',
    language: 'Lingua dei messaggi suggeriti',
    firstWaitWorkingDays: 'Giorni lavorativi prima del primo sollecito',
    typicalReplyFactor: 'Attendi almeno questo multiplo del tempo di risposta abituale',
    changeChannelWorkingDays: 'Giorni lavorativi dopo il sollecito prima di proporre una chiamata',
    closeLoopWorkingDays: 'Giorni lavorativi dopo la chiamata prima di chiudere il cerchio',
    restMonths: 'Mesi di pausa prima di rifarti vivo',
  },
  hints: {
    calendarId: "'primary' o l'ID di un calendario (dalle impostazioni di Google Calendar)",
    ...IT_LADDER.hints,
  },
  problems: {
    settings: 'questo valore non è valido.',
    myName: `usa al massimo ${myNameLength} caratteri.`,
    aliases: `scrivi indirizzi completi come anna@esempio.it, al massimo ${aliasCount}.`,
    colleaguesCountAsMe: 'scegli sì o no.',
    workingDays: 'scegli almeno un giorno.',
    holidayCountry: "scegli un paese dall'elenco.",
    reminderTime: 'usa il formato HH:MM sulle 24 ore, per esempio 09:30.',
    emailReminder: 'scegli sì o no.',
    calendarId: "scrivi 'primary' o l'ID di un calendario.",
    tone: 'scegli cordiale o formale.',
    language: "scegli una lingua dall'elenco.",
    ...IT_LADDER.problems,
  },
  tones: { warm: 'Cordiale', formal: 'Formale' },
  autoLanguage: 'La lingua del cliente',
  noCountry: 'Nessuna (solo fine settimana)',
  localeCountry: (country) =>
    country
      ? `In base alla mia lingua: ${country}`
      : 'In base alla mia lingua: nessuna (solo fine settimana)',
  reset: (fields) =>
    fields.includes('settings')
      ? 'Le impostazioni salvate non erano leggibili: sono mostrati i valori predefiniti. Controllale e salva.'
      : `Queste impostazioni salvate non erano leggibili e sono tornate al valore predefinito: ${fields.join('; ')}. Controllale e salva.`,
  weekdays: ['Lunedì', 'Martedì', 'Mercoledì', 'Giovedì', 'Venerdì', 'Sabato', 'Domenica'],
  countries: {
    IT: 'Italia',
    US: 'Stati Uniti',
    GB: 'Regno Unito',
    DE: 'Germania',
    FR: 'Francia',
    ES: 'Spagna',
    CH: 'Svizzera',
    AT: 'Austria',
    BE: 'Belgio',
    NL: 'Paesi Bassi',
    IE: 'Irlanda',
    PT: 'Portogallo',
    CA: 'Canada',
    AU: 'Australia',
    SE: 'Svezia',
    DK: 'Danimarca',
    NO: 'Norvegia',
    FI: 'Finlandia',
    PL: 'Polonia',
    GR: 'Grecia',
    BR: 'Brasile',
    MX: 'Messico',
    IN: 'India',
    JP: 'Giappone',
    NZ: 'Nuova Zelanda',
  },
};

export const SETTINGS_TEXT: Readonly<Record<UiLanguage, SettingsText>> = { en: EN, it: IT };
