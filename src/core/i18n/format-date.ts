// Short human dates ("3 Dec", "3 dic", "Mon 3 Dec") for the sidebar, without Intl so Apps Script and Node agree.
import { weekdayOf } from '../calendar-days';
import type { LocalDate } from '../types';
import type { UiLanguage } from './ui-language';

const MONTHS: Record<UiLanguage, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
};
const WEEKDAYS: Record<UiLanguage, readonly string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  it: ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'],
};

/** "3 Dec" (same year as `today`) or "3 Dec 2027". */
export function shortDate(date: LocalDate, language: UiLanguage, today?: LocalDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const base = `${d} ${MONTHS[language][m - 1]}`;
  return today && today.slice(0, 4) === date.slice(0, 4) ? base : `${base} ${y}`;
}

/** "Mon 3 Dec" / "lun 3 dic". */
export function dayAndDate(date: LocalDate, language: UiLanguage, today?: LocalDate): string {
  return `${WEEKDAYS[language][weekdayOf(date) - 1]} ${shortDate(date, language, today)}`;
}
