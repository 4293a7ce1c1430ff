// Snooze dates: working days only, holidays and absences skipped, always after today.
import { addDays } from '../../../src/core/calendar-days';
import { snoozeDate, snoozeOptions } from '../../../src/core/tracking/snooze-dates';
import type { WorkCalendar } from '../../../src/core/types';

const calendar = (holidays: string[] = []): WorkCalendar => ({
  timeZone: 'Europe/Rome',
  localDateOf: () => '2026-12-01',
  workingDays: [1, 2, 3, 4, 5],
  holidays: new Set(holidays),
});

describe('snoozeDate', () => {
  it('gives tomorrow, 3 working days later and next Monday from a Tuesday', () => {
    expect(snoozeOptions('2026-12-01', calendar())).toEqual([
      { kind: 'tomorrow', date: '2026-12-02' },
      { kind: 'three-working-days', date: '2026-12-04' },
      { kind: 'next-week', date: '2026-12-07' },
    ]);
  });

  it('turns Friday’s tomorrow into Monday and counts 3 working days over the weekend', () => {
    expect(snoozeDate('tomorrow', '2026-12-04', calendar())).toBe('2026-12-07');
    expect(snoozeDate('three-working-days', '2026-12-04', calendar())).toBe('2026-12-09');
  });

  it('skips holidays and absences (8 December in Italy, then a day off)', () => {
    const days = calendar(['2026-12-08', '2026-12-09']);
    expect(snoozeDate('tomorrow', '2026-12-07', days)).toBe('2026-12-10');
    expect(snoozeDate('next-week', '2026-12-03', days)).toBe('2026-12-07');
    expect(snoozeDate('three-working-days', '2026-12-07', days)).toBe('2026-12-14');
  });

  it('goes to next week’s first working day even from a Sunday', () => {
    expect(snoozeDate('next-week', '2026-12-06', calendar())).toBe('2026-12-07');
    expect(snoozeDate('next-week', '2026-12-06', calendar(['2026-12-07']))).toBe('2026-12-08');
  });

  it('is always after today, whatever the day and the days off', () => {
    for (let i = 0; i < 21; i += 1) {
      const today = addDays('2026-12-01', i);
      const days = calendar([addDays(today, 1), addDays(today, 2)]);
      for (const option of snoozeOptions(today, days)) expect(option.date > today).toBe(true);
    }
  });
});
