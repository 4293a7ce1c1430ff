// The add-on's interface speaks five languages, chosen from the user's Gmail locale ("es-419" → es).
export const UI_LANGUAGES = ['it', 'en', 'es', 'fr', 'de'] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Gmail sends locales as "it", "en_GB", "pt-BR"…: the language part decides; unknown ones get English. */
export function uiLanguageOf(locale: string): UiLanguage {
  const language = String(locale ?? '')
    .toLowerCase()
    .slice(0, 2);
  return (UI_LANGUAGES as readonly string[]).includes(language) ? (language as UiLanguage) : 'en';
}
