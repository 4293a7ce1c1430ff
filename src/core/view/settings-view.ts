// The Settings card: every field of the settings, grouped, with the save action; and the wording of a refusal.
import { HOLIDAY_COUNTRIES } from '../holidays/holiday-calendars';
import type { Settings } from '../settings';
import { LADDER_FIELDS } from '../settings-form';
import type { UiLanguage } from '../i18n';
import type { CardView, SectionView, WidgetView } from './card-view';
import { SETTINGS_TEXT, type SettingsText } from './settings-text';

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
        label: t.fields.colleaguesCountAsMe,
        control: 'switch',
        options: [option(t.fields.colleaguesCountAsMe, 'true', settings.colleaguesCountAsMe)],
      },
    ],
  };
}

function calendarSection(settings: Settings, t: SettingsText): SectionView {
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
        options: [
          option(t.noCountry, '', settings.holidayCountry === ''),
          ...HOLIDAY_COUNTRIES.map((c) => option(t.countries[c] ?? c, c, settings.holidayCountry === c)),
        ],
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
        label: t.fields.emailReminder,
        control: 'switch',
        options: [option(t.fields.emailReminder, 'true', settings.emailReminder)],
      },
      {
        type: 'text-input',
        name: 'calendarId',
        label: t.fields.calendarId,
        value: settings.calendarId,
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
        options: (['warm', 'formal'] as const).map((tone) =>
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

export function settingsView(
  settings: Settings,
  language: UiLanguage,
  saveAction: string,
  notice?: string,
): CardView {
  const t = SETTINGS_TEXT[language];
  const noticeSection: SectionView[] = notice
    ? [{ widgets: [{ type: 'text', text: notice, style: 'warning' }] }]
    : [];
  return {
    name: 'settings',
    title: t.title,
    sections: [
      ...noticeSection,
      aboutMe(settings, t),
      calendarSection(settings, t),
      messagesSection(settings, t),
    ],
    footer: { label: t.save, action: { run: saveAction, parameters: { form: 'settings' } }, filled: true },
  };
}

/** "Reminder time: use HH:MM on a 24-hour clock, e.g. 09:30. Nothing was saved." */
export function settingsRefusal(field: string, language: UiLanguage): string {
  const t = SETTINGS_TEXT[language];
  const label = (t.fields as Record<string, string>)[field] ?? field;
  const hint = (t.problems as Record<string, string>)[field] ?? t.problems.settings;
  return `${label}: ${hint} ${t.notSaved}`;
}

export function settingsSaved(language: UiLanguage): string {
  return SETTINGS_TEXT[language].saved;
}
