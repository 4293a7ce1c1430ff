// Phrases a client uses to promise a time ("next week", "entro venerdì", "dopo le feste") → the date meant.
import { addDays, addWorkingDays, weekdayOf, workingDayOnOrAfter } from '../../calendar-days';
import type { LocalDate, WorkCalendar } from '../../types';
import { WEEKDAY_PATTERN, WEEKDAYS } from './weekdays';

export interface PromiseRule {
  readonly re: RegExp;
  readonly resolve: (sentOn: LocalDate, calendar: WorkCalendar, match: RegExpExecArray) => LocalDate;
}

const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';
const rx = (source: string): RegExp => new RegExp(`${B}(?:${source})${E}`, 'giu');

function mondayAfter(date: LocalDate): LocalDate {
  return addDays(date, 8 - weekdayOf(date));
}

/** The given weekday strictly after `date` (a Friday promise made on Friday means next Friday). */
export function nextWeekday(date: LocalDate, weekday: number): LocalDate {
  return addDays(date, (weekday - weekdayOf(date) + 7) % 7 || 7);
}

function endOfMonth(date: LocalDate): LocalDate {
  const firstOfNext = addDays(`${date.slice(0, 8)}01`, 32).slice(0, 8) + '01';
  return addDays(firstOfNext, -1);
}

/** The next end of a holiday season: Christmas–New Year ends on 6 January (Epiphany), August on the 24th. */
function afterHolidays(sentOn: LocalDate, calendar: WorkCalendar, summerOnly: boolean): LocalDate {
  const year = Number(sentOn.slice(0, 4));
  const candidates = [`${year}-08-25`, `${year + 1}-08-25`];
  if (!summerOnly) candidates.push(`${year}-01-07`, `${year + 1}-01-07`);
  const next = candidates.filter((d) => d > sentOn).sort()[0] as LocalDate;
  return workingDayOnOrAfter(next, calendar);
}

const NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  un: 1,
  uno: 1,
  una: 1,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  ein: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
};
const COUNT = `\\d{1,2}|${Object.keys(NUMBERS).join('|')}`;
const count = (word: string | undefined): number => NUMBERS[word ?? ''] ?? Number(word);

export const PROMISE_RULES: readonly PromiseRule[] = [
  {
    re: rx('day after tomorrow|dopodomani|übermorgen|après-demain|pasado mañana'),
    resolve: (d) => addDays(d, 2),
  },
  {
    re: rx('tomorrow|domani|domattina|morgen|demain|(?<!esta |la |por la |de la )mañana'),
    resolve: (d) => addDays(d, 1),
  },
  {
    re: rx(
      'next week|later this week|(?:la |entro la )?(?:prossima settimana|settimana prossima)|nächste[nr]? woche|(?:la )?semaine prochaine|(?:la )?próxima semana|(?:la )?semana que viene',
    ),
    resolve: (d) => mondayAfter(d),
  },
  {
    re: rx(
      '(?:by |before )?(?:the )?end of (?:the|this) week|entro (?:la|fine) settimana|ende der woche|(?:d.ici la )?fin de (?:la )?semaine|(?:a )?finales de semana',
    ),
    resolve: (d) => nextWeekday(addDays(d, -1), 5),
  },
  {
    re: rx(
      '(?:by )?(?:the )?end of (?:the|this) month|(?:entro|a|per) fine mese|ende (?:des|dieses) monats|(?:d.ici la )?fin du mois|(?:a )?finales de(?:l)? mes|fin de mes',
    ),
    resolve: (d) => endOfMonth(d),
  },
  {
    re: rx(
      'next month|(?:il )?(?:mese prossimo|prossimo mese)|nächste[nr]? monat|(?:le )?mois prochain|(?:el )?(?:mes que viene|próximo mes)',
    ),
    resolve: (d) => addDays(endOfMonth(d), 1),
  },
  {
    re: rx(
      'in a couple of days|in a few days|in un paio di giorni|(?:tra|fra) (?:un paio di giorni|qualche giorno|qualche giorni|pochi giorni)|in ein paar tagen|in einigen tagen|dans (?:quelques|deux ou trois) jours|en (?:unos|un par de|pocos) días',
    ),
    resolve: (d, c, m) => addWorkingDays(d, /couple|paio|par de|deux/.test(m[0]) ? 2 : 3, c),
  },
  {
    re: rx(`(?:in|tra|fra|dans|en) (${COUNT}) (?:days?|giorni|giorno|tage?n?|jours?|días?)`),
    resolve: (d, _c, m) => addDays(d, count(m[1])),
  },
  {
    re: rx(`(?:in|tra|fra|dans|en) (${COUNT}) (?:weeks?|settimane|settimana|wochen?|semaines?|semanas?)`),
    resolve: (d, _c, m) => addDays(d, 7 * count(m[1])),
  },
  {
    re: rx(
      'after the (?:christmas |new year |festive )?holidays|after christmas|after new year|dopo (?:le feste|le vacanze|natale|capodanno|l.epifania|la befana)|nach den feiertagen|nach dem urlaub|nach weihnachten|après les (?:fêtes|vacances)|después de (?:las fiestas|las vacaciones|navidad)',
    ),
    resolve: (d, c) => afterHolidays(d, c, false),
  },
  {
    re: rx(
      'after (?:the )?(?:summer|august)(?: break| holidays?)?|dopo (?:ferragosto|l.estate|le vacanze estive|agosto)|nach den sommerferien|après les vacances d.été|après août|después del verano|después de agosto',
    ),
    resolve: (d, c) => afterHolidays(d, c, true),
  },
  {
    re: rx(`(${WEEKDAY_PATTERN})`),
    resolve: (d, _c, m) => nextWeekday(d, WEEKDAYS.get(m[1] as string) as number),
  },
];
