// The holiday country when the user has not chosen one: the region of their locale, else their language's.
import { NO_HOLIDAYS } from '../settings';
import { holidayCalendarId } from './holiday-calendars';

/** The country a bare language most often means (English → US, as Google's own defaults do). */
const LANGUAGE_COUNTRY: Readonly<Record<string, string>> = {
  it: 'IT',
  en: 'US',
  de: 'DE',
  fr: 'FR',
  es: 'ES',
  pt: 'PT',
  nl: 'NL',
  sv: 'SE',
  da: 'DK',
  nb: 'NO',
  nn: 'NO',
  no: 'NO',
  fi: 'FI',
  pl: 'PL',
  el: 'GR',
  ja: 'JP',
  hi: 'IN',
};

/**
 * "en-GB" and "en_GB" (Apps Script writes both) → GB; "it" → IT; null when neither the region nor the
 * language has a holiday calendar here.
 */
export function countryOfLocale(locale: string): string | null {
  const [language = '', region = ''] = locale.trim().split(/[-_]/);
  const fromRegion = region.toUpperCase();
  if (/^[A-Z]{2}$/.test(fromRegion) && holidayCalendarId(fromRegion)) return fromRegion;
  return LANGUAGE_COUNTRY[language.toLowerCase()] ?? null;
}

/** The country whose holidays count: the chosen one, none for 'none', else the locale's ('' for none). */
export function holidayCountryOf(setting: string, locale: string): string {
  if (setting === NO_HOLIDAYS) return '';
  if (setting !== '') return setting;
  return countryOfLocale(locale) ?? '';
}
