// A locale's country (the region of "en-GB", else the language's usual country). The holiday default is the
// time zone's country, not this (DESIGN "Holidays": an Amsterdam user writing English has Dutch holidays).
import { NO_HOLIDAYS } from '../settings';
import { holidayCalendarId } from './holiday-calendars';
import { countryOfTimeZone } from './zone-country';

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

/**
 * The country whose holidays count: the chosen one, none for 'none', else the time zone's ('' when the
 * zone is not in a supported country). The add-on, the preview and the CLI all decide it here.
 */
export function holidayCountryOf(setting: string, timeZone: string): string {
  if (setting === NO_HOLIDAYS) return '';
  if (setting !== '') return setting;
  return countryOfTimeZone(timeZone) ?? '';
}
