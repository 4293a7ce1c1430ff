import { daysOfEvent, isDayOff } from '../../../src/core/holidays/event-days';
import { withDaysOff } from '../../../src/core/holidays/work-calendar';
import { intlLocalDateOf } from '../../../src/core/local-date';

const rome = (ms: number) => intlLocalDateOf(ms, 'Europe/Rome');

describe('days covered by Calendar events', () => {
  it('treats an all-day end date as exclusive', () => {
    expect(daysOfEvent({ start: { date: '2024-12-24' }, end: { date: '2024-12-27' } }, rome)).toEqual([
      '2024-12-24',
      '2024-12-25',
      '2024-12-26',
    ]);
  });

  it('does not take the day an out-of-office block ends at midnight', () => {
    const event = {
      start: { dateTime: '2024-05-09T00:00:00+02:00' },
      end: { dateTime: '2024-05-11T00:00:00+02:00' },
    };
    expect(daysOfEvent(event, rome)).toEqual(['2024-05-09', '2024-05-10']);
  });

  it('takes the day of an afternoon out of office', () => {
    const event = {
      start: { dateTime: '2024-05-09T14:00:00+02:00' },
      end: { dateTime: '2024-05-09T18:00:00+02:00' },
    };
    expect(daysOfEvent(event, rome)).toEqual(['2024-05-09']);
  });

  it('ignores cancelled events and observances', () => {
    expect(
      daysOfEvent({ status: 'cancelled', start: { date: '2024-05-01' }, end: { date: '2024-05-02' } }, rome),
    ).toEqual([]);
    expect(isDayOff({ description: 'Observance\nTo hide observances, go to Google Calendar Settings' })).toBe(
      false,
    );
    expect(isDayOff({ description: 'Public holiday' })).toBe(true);
  });

  it('adds holidays and absences to the calendar without losing its own', () => {
    const calendar = {
      timeZone: 'Europe/Rome',
      localDateOf: intlLocalDateOf,
      workingDays: [1, 2, 3, 4, 5] as const,
      holidays: new Set(['2024-01-01']),
    };
    const merged = withDaysOff({ ...calendar, workingDays: [1, 2, 3, 4, 5] }, ['2024-06-02'], ['2024-05-10']);
    expect([...merged.holidays].sort()).toEqual(['2024-01-01', '2024-05-10', '2024-06-02']);
  });
});
