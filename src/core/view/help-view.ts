// The Help card (universal action): how the add-on judges a thread, in the user's language.
import { picker } from '../i18n/five';
import { HELP_STRINGS } from '../i18n/help-strings';
import type { UiLanguage } from '../i18n';
import type { CardView } from './card-view';

const helpText = picker(HELP_STRINGS);

export function helpView(language: UiLanguage): CardView {
  const help = helpText(language);
  return {
    name: 'help',
    title: help.title,
    sections: [{ widgets: help.lines.map((text) => ({ type: 'text' as const, text })) }],
  };
}
