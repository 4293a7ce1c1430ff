// Picks the interface text for a language.
import { en, type UiText } from './en';
import { it } from './it';
import type { UiLanguage } from './ui-language';

export type { UiText } from './en';
export { uiLanguageOf, type UiLanguage } from './ui-language';

export function uiText(language: UiLanguage): UiText {
  return language === 'it' ? it : en;
}
