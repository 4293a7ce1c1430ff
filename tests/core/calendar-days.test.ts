import fc from 'fast-check';
import { addDays, isWorkingDay, workingDaysBetween } from '../../src/core/calendar-days';
import { intlLocalDateOf } from '../../src/core/local-date';
import type { LocalDate, Weekday, WorkCalendar } from '../../src/core/types';

function calendar(workingDays: Weekday[], holidays: LocalDate[] = []): WorkCalendar {
  return { timeZone: 'Europe/Rome', localDateOf: intlLocalDateOf, workingDays, holidays: new Set(holidays) };
}

/** The definition, day by day: working days d with from < d <= to. */
function naive(from: LocalDate, to: LocalDate, cal: WorkCalendar): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, cal)) count += 1;
  return count;
}

const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-01', n));

describe('workingDaysBetween', () => {
  it('counts Friday evening to Monday as one working day', () => {
    expect(workingDaysBetween('2026-11-20', '2026-11-23', calendar([1, 2, 3, 4, 5]))).toBe(1);
  });

  it('leaves out a holiday on a working day, not one on a weekend', () => {
    const cal = calendar([1, 2, 3, 4, 5], ['2026-11-24', '2026-11-28']);
    expect(workingDaysBetween('2026-11-20', '2026-11-30', cal)).toBe(5);
  });

  it('is 0 when the end is not after the start', () => {
    expect(workingDaysBetween('2026-11-23', '2026-11-23', calendar([1, 2, 3, 4, 5]))).toBe(0);
    expect(workingDaysBetween('2026-11-24', '2026-11-23', calendar([1, 2, 3, 4, 5]))).toBe(0);
  });

  it('agrees with counting day by day for any span, week and holidays', () => {
    const weekdays = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }) as fc.Arbitrary<
      Weekday[]
    >;
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -5, max: 400 }),
        weekdays,
        fc.array(day, { maxLength: 30 }),
        (from, span, wd, hs) => {
          const cal = calendar(wd, hs);
          const to = addDays(from, span);
          expect(workingDaysBetween(from, to, cal)).toBe(naive(from, to, cal));
        },
      ),
      { numRuns: 300 },
    );
  });
});
