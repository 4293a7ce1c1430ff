import { parseInstant } from '../../src/core/instant-input';

describe('parseInstant', () => {
  it('reads a date alone as midnight in the time zone', () => {
    expect(parseInstant('2026-11-23', 'Europe/Amsterdam')).toBe(Date.UTC(2026, 10, 22, 23));
    expect(parseInstant('2026-07-01', 'America/New_York')).toBe(Date.UTC(2026, 6, 1, 4));
    expect(parseInstant('2026-11-23', 'UTC')).toBe(Date.UTC(2026, 10, 23));
  });

  it('reads a wall-clock time in the zone and an explicit offset as written', () => {
    expect(parseInstant('2026-11-23T09:30', 'Europe/Rome')).toBe(Date.UTC(2026, 10, 23, 8, 30));
    expect(parseInstant('2026-11-23T09:30:00+05:30', 'Europe/Rome')).toBe(Date.UTC(2026, 10, 23, 4));
    expect(parseInstant('2026-11-23T09:30:00.250Z', 'Europe/Rome')).toBe(
      Date.UTC(2026, 10, 23, 9, 30, 0, 250),
    );
  });

  it('moves a time inside a daylight-saving gap forward', () => {
    // 2026-03-29 02:30 does not exist in Rome: clocks jump from 02:00 to 03:00.
    expect(parseInstant('2026-03-29T02:30', 'Europe/Rome')).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it.each([
    '2000-02-30',
    '2026-13-01',
    '2026-11-31',
    '2026-11-23T24:00',
    '2026-11-23T10:60',
    'tomorrow',
    '23/11/2026',
    '',
  ])('refuses %j', (text) => {
    expect(parseInstant(text, 'Europe/Rome')).toBeNull();
  });
});
