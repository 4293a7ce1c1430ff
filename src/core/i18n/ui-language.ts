// The add-on's own interface speaks Italian or English, chosen from the user's Gmail locale.
export type UiLanguage = 'it' | 'en';

export function uiLanguageOf(locale: string): UiLanguage {
  return locale.toLowerCase().startsWith('it') ? 'it' : 'en';
}
