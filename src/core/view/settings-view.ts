// The Settings card: a form over the user's settings, with the save action.
import type { Settings } from '../settings';
import type { UiLanguage } from '../i18n';
import type { CardView, WidgetView } from './card-view';

const LABELS: Record<UiLanguage, Record<string, string>> = {
  en: {
    title: 'Settings',
    myName: 'Your name (signs the suggested messages)',
    aliases: 'Your other addresses (aliases), comma-separated',
    tone: 'Tone',
    warm: 'Warm',
    formal: 'Formal',
    language: 'Language of suggested messages',
    auto: "The client's language",
    reminderTime: 'Reminder time (HH:MM)',
    save: 'Save',
  },
  it: {
    title: 'Impostazioni',
    myName: 'Il tuo nome (firma i messaggi suggeriti)',
    aliases: 'Gli altri tuoi indirizzi (alias), separati da virgole',
    tone: 'Tono',
    warm: 'Cordiale',
    formal: 'Formale',
    language: 'Lingua dei messaggi suggeriti',
    auto: 'La lingua del cliente',
    reminderTime: 'Orario del promemoria (HH:MM)',
    save: 'Salva',
  },
};

const LANGUAGES = [
  ['it', 'Italiano'],
  ['en', 'English'],
  ['es', 'Español'],
  ['fr', 'Français'],
  ['de', 'Deutsch'],
] as const;

export function settingsView(
  settings: Settings,
  language: UiLanguage,
  saveAction: string,
  notice?: string,
): CardView {
  const l = LABELS[language];
  const option = (label: string, value: string, selected: boolean) => ({ label, value, selected });
  const widgets: WidgetView[] = [
    ...(notice ? [{ type: 'text' as const, text: notice, style: 'warning' as const }] : []),
    { type: 'text-input', name: 'myName', label: l['myName'] ?? '', value: settings.myName },
    { type: 'text-input', name: 'aliases', label: l['aliases'] ?? '', value: settings.aliases.join(', ') },
    {
      type: 'select',
      name: 'tone',
      label: l['tone'] ?? '',
      control: 'dropdown',
      options: (['warm', 'formal'] as const).map((t) => option(l[t] ?? t, t, settings.tone === t)),
    },
    {
      type: 'select',
      name: 'language',
      label: l['language'] ?? '',
      control: 'dropdown',
      options: [
        option(l['auto'] ?? 'auto', 'auto', settings.language === 'auto'),
        ...LANGUAGES.map(([code, name]) => option(name, code, settings.language === code)),
      ],
    },
    {
      type: 'text-input',
      name: 'reminderTime',
      label: l['reminderTime'] ?? '',
      value: settings.reminderTime,
    },
  ];
  return {
    name: 'settings',
    title: l['title'] ?? '',
    sections: [{ widgets }],
    footer: { label: l['save'] ?? '', action: { run: saveAction }, filled: true },
  };
}
