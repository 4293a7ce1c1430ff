// Short human dates in each interface language's own form ("Mon 3 Dec", "lun 3 dic", "lun. 3 déc.",
// "Mo., 3. Dez."), without Intl so Apps Script and Node agree.
import { weekdayOf } from '../calendar-days';
import type { LocalDate } from '../types';
import { five, picker } from './five';
import type { UiLanguage } from './ui-language';

const DATE_WORDS = picker(() => ({
  months: five(
    'gen feb mar apr mag giu lug ago set ott nov dic',
    'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
    'ene feb mar abr may jun jul ago sept oct nov dic',
    'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.',
    'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.',
  ),
  weekdays: five(
    'lun mar mer gio ven sab dom',
    'Mon Tue Wed Thu Fri Sat Sun',
    'lun mar mié jue vie sáb dom',
    'lun. mar. mer. jeu. ven. sam. dim.',
    'Mo., Di., Mi., Do., Fr., Sa., So.',
  ),
  /** German writes the day as an ordinal ("3. Dez."). */
  dayMark: five('', '', '', '', '.'),
}));

/** "3 Dec" (same year as `today`) or "3 Dec 2027"; "3. Dez." in German. */
export function shortDate(date: LocalDate, language: UiLanguage, today?: LocalDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const words = DATE_WORDS(language);
  const base = `${d}${words.dayMark} ${words.months.split(' ')[m - 1]}`;
  return today && today.slice(0, 4) === date.slice(0, 4) ? base : `${base} ${y}`;
}

/** "Mon 3 Dec" / "lun 3 dic" / "Mo., 3. Dez.". */
export function dayAndDate(date: LocalDate, language: UiLanguage, today?: LocalDate): string {
  const weekday = DATE_WORDS(language).weekdays.split(' ')[weekdayOf(date) - 1];
  return `${weekday} ${shortDate(date, language, today)}`;
}

/** 1.5 → "1,5" where the language writes a decimal comma. */
export function decimal(value: number, language: UiLanguage): string {
  return language === 'en' ? String(value) : String(value).replace('.', ',');
}
