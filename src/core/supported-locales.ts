// The languages the add-on speaks, and whether a locale such as "it", "en-GB" or "de_CH" is one of them.

export const SUPPORTED_LANGUAGES = ['it', 'en', 'es', 'fr', 'de'] as const;

/** A supported language, optionally with a region ("en-GB", "en_GB", "es-419"). */
export function isSupportedLocale(locale: string): boolean {
  const m = /^([a-z]{2})(?:[-_]([a-z]{2}|\d{3}))?$/i.exec(locale.trim());
  return m !== null && (SUPPORTED_LANGUAGES as readonly string[]).includes((m[1] as string).toLowerCase());
}

export const LOCALE_HELP = `${SUPPORTED_LANGUAGES.join(', ')} (optionally with a region, e.g. en-GB)`;
