import { intlLocalDateOf, isValidTimeZone } from '../../src/core/local-date';

describe('intlLocalDateOf', () => {
  it('gives the local calendar date near midnight in Rome, New York and Tokyo', () => {
    const instant = Date.parse('2025-09-08T22:30:00Z');
    expect(intlLocalDateOf(instant, 'Europe/Rome')).toBe('2025-09-09');
    expect(intlLocalDateOf(instant, 'America/New_York')).toBe('2025-09-08');
    expect(intlLocalDateOf(instant, 'Asia/Tokyo')).toBe('2025-09-09');
    expect(intlLocalDateOf(Date.parse('2025-09-08T14:59:59Z'), 'Asia/Tokyo')).toBe('2025-09-08');
    expect(intlLocalDateOf(Date.parse('2025-09-08T15:00:00Z'), 'Asia/Tokyo')).toBe('2025-09-09');
  });

  it('follows daylight-saving changes in Europe', () => {
    // Rome is UTC+1 until 30 March 2025 01:00 UTC, then UTC+2.
    expect(intlLocalDateOf(Date.parse('2025-03-29T23:30:00Z'), 'Europe/Rome')).toBe('2025-03-30');
    expect(intlLocalDateOf(Date.parse('2025-03-30T22:30:00Z'), 'Europe/Rome')).toBe('2025-03-31');
    expect(intlLocalDateOf(Date.parse('2025-03-30T21:59:00Z'), 'Europe/Rome')).toBe('2025-03-30');
    expect(intlLocalDateOf(Date.parse('2025-10-26T22:30:00Z'), 'Europe/Rome')).toBe('2025-10-26');
  });

  it('follows daylight-saving changes in New York', () => {
    // New York is UTC-5 from 2 November 2025 06:00 UTC.
    expect(intlLocalDateOf(Date.parse('2025-11-02T04:30:00Z'), 'America/New_York')).toBe('2025-11-02');
    expect(intlLocalDateOf(Date.parse('2025-11-03T04:30:00Z'), 'America/New_York')).toBe('2025-11-02');
    expect(intlLocalDateOf(Date.parse('2025-03-09T03:30:00Z'), 'America/New_York')).toBe('2025-03-08');
    expect(intlLocalDateOf(Date.parse('2025-03-10T03:30:00Z'), 'America/New_York')).toBe('2025-03-09');
  });

  it('validates zone names', () => {
    expect(isValidTimeZone('Europe/Rome')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
