import { promisedDate } from '../../../src/core/message/promised-date';
import { calendar } from '../builders';

/** Wednesday 10 September 2025, 11:00 in Rome. */
const wednesday = Date.parse('2025-09-10T11:00:00+02:00');
const cal = calendar();

describe('promisedDate', () => {
  it.each([
    ["I'll get back to you next week.", '2025-09-15'],
    ['Ti faccio sapere la prossima settimana.', '2025-09-15'],
    ['Je vous réponds la semaine prochaine.', '2025-09-15'],
    ['Ich melde mich nächste Woche.', '2025-09-15'],
    ['Te contesto la próxima semana.', '2025-09-15'],
    ['I will confirm by Friday.', '2025-09-12'],
    ['Ti rispondo entro venerdì.', '2025-09-12'],
    ['Lunedì ti mando tutto.', '2025-09-15'],
    ['We will decide by the end of the month.', '2025-09-30'],
    ['Decidiamo entro fine mese.', '2025-09-30'],
    ['Tomorrow I will send the logo.', '2025-09-11'],
    ['Domani ti giro i testi.', '2025-09-11'],
    ['Dopodomani ti richiamo.', '2025-09-12'],
    ['I need a couple of days: I will answer in a couple of days.', '2025-09-12'],
    ['Ci risentiamo tra qualche giorno.', '2025-09-15'],
    ['Ti aggiorno tra due settimane.', '2025-09-24'],
    ['I will send it by 20 September.', '2025-09-20'],
    ['Il 25/09 ti confermo.', '2025-09-25'],
  ])('reads %j as %s', (text, date) => {
    expect(promisedDate(text, wednesday, cal)).toBe(date);
  });

  it('places "after the holidays" after Epiphany in winter and after mid-August in summer', () => {
    expect(
      promisedDate('Ti faccio sapere dopo le feste.', Date.parse('2025-12-15T10:00:00+01:00'), cal),
    ).toBe('2026-01-07');
    expect(
      promisedDate('Let us talk after the holidays.', Date.parse('2025-07-28T10:00:00+02:00'), cal),
    ).toBe('2025-08-25');
    expect(promisedDate('Ne parliamo dopo Ferragosto.', Date.parse('2025-08-05T10:00:00+02:00'), cal)).toBe(
      '2025-08-25',
    );
  });

  it('moves "after the holidays" to the first working day when 7 January is not one', () => {
    const withHoliday = calendar('Europe/Rome', ['2026-01-07']);
    expect(
      promisedDate(
        "I'll get back to you after the holidays.",
        Date.parse('2025-12-15T10:00:00+01:00'),
        withHoliday,
      ),
    ).toBe('2026-01-08');
  });

  it('keeps the latest of several promises', () => {
    expect(promisedDate('Domani sono fuori, ti rispondo entro fine mese.', wednesday, cal)).toBe(
      '2025-09-30',
    );
  });

  it('does not take reference dates or morning words for promises', () => {
    expect(promisedDate('Ho pagato la fattura del 3 marzo.', wednesday, cal)).toBeNull();
    expect(promisedDate('Esta mañana he visto el diseño.', wednesday, cal)).toBeNull();
    expect(promisedDate('Thanks, received.', wednesday, cal)).toBeNull();
  });

  it.each([
    'Riesci a mandarmi le versioni verticali entro venerdì?',
    'Could we meet next week? What day works for you?',
    'Can you send the final files by 20 September?',
    'Mi mandi il logo entro venerdì, per favore.',
    'We need the signed quote by the end of the month.',
    'Abbiamo bisogno delle bozze entro fine mese.',
    'Let me know if Friday works for the call.',
    'Könnten Sie mir die Dateien bis Freitag schicken?',
    '¿Nos puedes enviar el presupuesto la próxima semana?',
  ])('does not take the request %j for a promise', (text) => {
    expect(promisedDate(text, wednesday, cal)).toBeNull();
  });

  it('keeps the commitment and drops the question in the same reply', () => {
    expect(promisedDate('Ti mando i testi lunedì. Ti va bene consegnarli venerdì?', wednesday, cal)).toBe(
      '2025-09-15',
    );
    expect(
      promisedDate(
        'Could you check the colours by Monday? I will confirm the print run by Friday.',
        wednesday,
        cal,
      ),
    ).toBe('2025-09-12');
  });

  it('needs the commitment in the same sentence as the date', () => {
    expect(promisedDate('Ti faccio sapere presto. La fiera è venerdì.', wednesday, cal)).toBeNull();
    expect(
      promisedDate('I will send the logo, please confirm the address by Monday.', wednesday, cal),
    ).toBeNull();
  });
});
