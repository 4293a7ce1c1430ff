// The Settings card: every field of the settings, grouped, with the save action; and the wording of a refusal.
import { HOLIDAY_COUNTRIES } from '../holidays/holiday-calendars';
import { LADDER_FIELDS, NO_HOLIDAYS, type Settings } from '../settings';
import { LOCALE_COUNTRY_OPTION } from '../settings-form';
import type { UiLanguage } from '../i18n';
import type { CardView, SectionView, WidgetView } from './card-view';
import { settingsText, type SettingsText } from './settings-text';

const LANGUAGES = [
  ['it', 'Italiano'],
  ['en', 'English'],
  ['es', 'Español'],
  ['fr', 'Français'],
  ['de', 'Deutsch'],
] as const;

const option = (label: string, value: string, selected: boolean) => ({ label, value, selected });

function aboutMe(settings: Settings, t: SettingsText): SectionView {
  return {
    header: t.sections.me,
    widgets: [
      { type: 'text-input', name: 'myName', label: t.fields.myName, value: settings.myName },
      { type: 'text-input', name: 'aliases', label: t.fields.aliases, value: settings.aliases.join(', ') },
      {
        type: 'select',
        name: 'colleaguesCountAsMe',
        label: '',
        control: 'switch',
        options: [option(t.fields.colleaguesCountAsMe, 'true', settings.colleaguesCountAsMe)],
      },
    ],
  };
}

/** The country the user's locale gives ('' = none), named in the "from my language" option. */
function holidayOptions(settings: Settings, t: SettingsText, localeCountry: string) {
  const chosen = settings.holidayCountry;
  const localeName = localeCountry === '' ? null : (t.countries[localeCountry] ?? localeCountry);
  return [
    option(t.localeCountry(localeName), LOCALE_COUNTRY_OPTION, chosen === ''),
    option(t.noCountry, NO_HOLIDAYS, chosen === NO_HOLIDAYS),
    ...HOLIDAY_COUNTRIES.map((c) => option(t.countries[c] ?? c, c, chosen === c)),
  ];
}

function calendarSection(settings: Settings, t: SettingsText, localeCountry: string): SectionView {
  return {
    header: t.sections.calendar,
    widgets: [
      {
        type: 'select',
        name: 'workingDays',
        label: t.fields.workingDays,
        control: 'checkbox',
        options: t.weekdays.map((name, i) =>
          option(name, String(i + 1), settings.workingDays.includes(i + 1)),
        ),
      },
      {
        type: 'select',
        name: 'holidayCountry',
        label: t.fields.holidayCountry,
        control: 'dropdown',
        options: holidayOptions(settings, t, localeCountry),
      },
      {
        type: 'text-input',
        name: 'reminderTime',
        label: t.fields.reminderTime,
        value: settings.reminderTime,
      },
      {
        type: 'select',
        name: 'emailReminder',
        label: '',
        control: 'switch',
        options: [option(t.fields.emailReminder, 'true', settings.emailReminder)],
      },
      {
        type: 'text-input',
        name: 'calendarId',
        label: t.fields.calendarId,
        // "primary" means nothing to a user: the main calendar is the empty field, its hint says so.
        value: settings.calendarId === 'primary' ? '' : settings.calendarId,
        hint: t.hints.calendarId,
      },
    ],
  };
}

function messagesSection(settings: Settings, t: SettingsText): SectionView {
  const ladder: WidgetView[] = LADDER_FIELDS.map((field) => ({
    type: 'text-input',
    name: field,
    label: t.fields[field],
    value: String(settings.ladder[field]),
    hint: t.hints[field],
  }));
  return {
    header: t.sections.messages,
    widgets: [
      {
        type: 'select',
        name: 'tone',
        label: t.fields.tone,
        control: 'dropdown',
        options: (['auto', 'warm', 'formal'] as const).map((tone) =>
          option(t.tones[tone], tone, settings.tone === tone),
        ),
      },
      {
        type: 'select',
        name: 'language',
        label: t.fields.language,
        control: 'dropdown',
        options: [
          option(t.autoLanguage, 'auto', settings.language === 'auto'),
          ...LANGUAGES.map(([code, name]) => option(name, code, settings.language === code)),
        ],
      },
      ...ladder,
    ],
  };
}

export interface SettingsCardOptions {
  /** The holiday country the user's locale gives, '' when none: what the default option means. */
  readonly localeCountry: string;
  /** Stored fields that could not be read and got their default (see parseStoredSettings). */
  readonly resetFields?: readonly string[];
  /** A refused save: the field and its message, shown under that field; the text inputs as typed. */
  readonly refused?: { readonly field: string; readonly message: string };
  readonly typed?: Readonly<Record<string, readonly string[]>>;
}

/** The refusal under its field (at the top when no single field is to blame); typed text kept as typed. */
function withRefusal(sections: SectionView[], options: SettingsCardOptions): SectionView[] {
  const { refused, typed = {} } = options;
  if (!refused) return sections;
  const warning: WidgetView = { type: 'text', text: refused.message, style: 'warning' };
  let placed = false;
  const out = sections.map((section) => ({
    ...section,
    widgets: section.widgets.flatMap((w): WidgetView[] => {
      const own =
        w.type === 'text-input' && typed[w.name]?.[0] !== undefined ? { ...w, value: typed[w.name]![0]! } : w;
      if (!('name' in w) || w.name !== refused.field) return [own];
      placed = true;
      return [own, warning];
    }),
  }));
  return placed ? out : [{ widgets: [warning] }, ...out];
}

/** "Reminder time (HH:MM)"; ['settings'] stays as it is (the text says "all"). */
function resetNotice(fields: readonly string[], t: SettingsText): string {
  const labels = fields.map((f) => (f === 'settings' ? f : ((t.fields as Record<string, string>)[f] ?? f)));
  return t.reset(labels);
}

export function settingsView(
  settings: Settings,
  language: UiLanguage,
  saveAction: string,
  options: SettingsCardOptions,
): CardView {
  const t = settingsText(language);
  const reset = options.resetFields ?? [];
  const noticeSection: SectionView[] =
    reset.length > 0 ? [{ widgets: [{ type: 'text', text: resetNotice(reset, t), style: 'warning' }] }] : [];
  return {
    name: 'settings',
    title: t.title,
    sections: withRefusal(
      [
        ...noticeSection,
        aboutMe(settings, t),
        calendarSection(settings, t, options.localeCountry),
        messagesSection(settings, t),
      ],
      options,
    ),
    footer: { label: t.save, action: { run: saveAction, parameters: { form: 'settings' } }, filled: true },
  };
}

/** "Reminder time: use HH:MM on a 24-hour clock, e.g. 09:30. Nothing was saved." */
export function settingsRefusal(field: string, language: UiLanguage): string {
  const t = settingsText(language);
  const label = (t.fields as Record<string, string>)[field] ?? field;
  const hint = (t.problems as Record<string, string>)[field] ?? t.problems.settings;
  return `${label}: ${hint} ${t.notSaved}`;
}

export function settingsSaved(language: UiLanguage): string {
  return settingsText(language).saved;
}
