import { intlLocalDateOf } from '../../../src/core/local-date';
import {
  numericDateOrder,
  outOfOfficeReturnDate,
  readReturnDate,
} from '../../../src/core/message/return-date';

const rome = { timeZone: 'Europe/Rome', localDateOf: intlLocalDateOf };
/** Monday 8 September 2025, 10:00 in Rome. */
const sent = Date.parse('2025-09-08T10:00:00+02:00');

describe('readReturnDate', () => {
  it.each([
    ['I am out of the office, back on Monday 15th September.', '2025-09-15'],
    ['Sono fuori sede, rientrerò il 3 dicembre.', '2025-12-03'],
    ['Sono in ferie fino al 1° ottobre.', '2025-10-01'],
    ['Ich bin bis zum 5. Januar nicht im Büro.', '2026-01-05'],
    ['Je serai de retour le 12 janvier.', '2026-01-12'],
    ['Je suis absent jusqu’au 1er octobre.', '2025-10-01'],
    ['Estaré fuera de la oficina hasta el 7 de enero.', '2026-01-07'],
    ['Away until September 22, 2025 with limited access to email.', '2025-09-22'],
    ['Back 2025-09-19.', '2025-09-19'],
    ['Assente dal 1/9 al 12/9, rientro il 15/09/2025.', '2025-09-15'],
    ['Ich bin ab 22.9. wieder erreichbar.', '2025-09-22'],
    ['I will be back on Thursday.', '2025-09-11'],
  ])('reads %j as %s', (text, date) => {
    expect(readReturnDate(text, sent, rome)).toEqual({ date, stale: false });
  });

  it('prefers the date introduced by a return word over other dates', () => {
    const text = 'Dal 20 ottobre sarò in fiera. Rientro in ufficio il 10 ottobre.';
    expect(readReturnDate(text, sent, rome)?.date).toBe('2025-10-10');
  });

  it('does not read times such as 9.30 as dates', () => {
    expect(readReturnDate('Per urgenze chiamare dalle 9.30 alle 13.', sent, rome)).toBeNull();
  });

  it('marks a notice whose date is already past when sent as stale, and ignores it', () => {
    expect(readReturnDate('Back on 1 September 2025.', sent, rome)).toEqual({
      date: '2025-09-01',
      stale: true,
    });
    expect(readReturnDate('Rientro il 5 settembre.', sent, rome)).toEqual({
      date: '2025-09-05',
      stale: true,
    });
    expect(outOfOfficeReturnDate('Rientro il 5 settembre.', sent, rome)).toBeNull();
    expect(outOfOfficeReturnDate('Rientro il 15 settembre.', sent, rome)).toBe('2025-09-15');
  });

  it('reads a day-month date without year more than a week back as next year', () => {
    const december = Date.parse('2025-12-20T10:00:00+01:00');
    expect(readReturnDate('Back on 7 January.', december, rome)?.date).toBe('2026-01-07');
  });

  it('reads numeric dates month-first only in English notices from the US', () => {
    expect(readReturnDate('I am out of the office until 10/3/2025.', sent, rome)?.date).toBe('2025-03-10');
    const us = { ...rome, contentLanguage: 'en-US' };
    expect(readReturnDate('I am out of the office until 10/3/2025.', sent, us)?.date).toBe('2025-10-03');
    expect(numericDateOrder('Sono fuori ufficio', 'en-US')).toBe('dmy');
    expect(numericDateOrder('I am back on', '', 'bob@agency.us')).toBe('mdy');
  });

  it('returns null when the notice names no date', () => {
    expect(
      readReturnDate('Thank you for your email. I will reply as soon as possible.', sent, rome),
    ).toBeNull();
  });
});
