import { CalendarState } from '../../emulator/calendar/calendar-state';
import { instantOf } from '../../emulator/calendar/event-time';
import { wallClockToInstant, zoneOffsetMs } from '../../src/core/zone-offset';

describe('time zone offsets', () => {
  it('computes the zone offset Google puts in events, summer and winter', () => {
    expect(zoneOffsetMs('Europe/Rome', Date.UTC(2026, 10, 23))).toBe(3600000);
    expect(zoneOffsetMs('Europe/Rome', Date.UTC(2026, 6, 1))).toBe(7200000);
    expect(zoneOffsetMs('America/New_York', Date.UTC(2026, 10, 23))).toBe(-5 * 3600000);
  });

  it('reads a wall-clock time in its zone, on both sides of a DST change', () => {
    expect(wallClockToInstant('2026-03-28T09:30:00', 'Europe/Rome')).toBe(Date.parse('2026-03-28T08:30:00Z'));
    expect(wallClockToInstant('2026-03-30T09:30', 'Europe/Rome')).toBe(Date.parse('2026-03-30T07:30:00Z'));
    expect(wallClockToInstant('2026-11-23T00:00:00', 'Asia/Tokyo')).toBe(Date.parse('2026-11-22T15:00:00Z'));
  });
});

describe('event times', () => {
  it('reads a dateTime without offset in the event zone, as the Calendar API does', () => {
    const start = { dateTime: '2026-11-25T09:30:00', timeZone: 'America/New_York' };
    expect(instantOf(start, 'Europe/Rome')).toBe(Date.parse('2026-11-25T14:30:00Z'));
  });

  it('keeps an explicit offset and puts all-day dates at midnight in the calendar zone', () => {
    expect(instantOf({ dateTime: '2026-11-25T09:30:00+01:00' }, 'Asia/Tokyo')).toBe(
      Date.parse('2026-11-25T08:30:00Z'),
    );
    expect(instantOf({ date: '2026-12-08' }, 'Europe/Rome')).toBe(Date.parse('2026-12-07T23:00:00Z'));
  });
});

describe('public holiday calendars', () => {
  it('serves a Google holiday calendar nobody seeded, from the date-holidays data', () => {
    const state = new CalendarState('giulia@studiobianchi.it', 'Europe/Rome');
    const italy = state.resolve('en.italian#holiday@group.v.calendar.google.com', 2026);
    const immacolata = [...(italy?.events.values() ?? [])].find(
      (e) => (e['start'] as { date: string }).date === '2026-12-08',
    );
    expect(immacolata?.['description']).toBe('Public holiday');
  });

  it('knows no calendar for an unknown id', () => {
    const state = new CalendarState('giulia@studiobianchi.it', 'Europe/Rome');
    expect(state.resolve('en.atlantis#holiday@group.v.calendar.google.com', 2026)).toBeUndefined();
  });
});
