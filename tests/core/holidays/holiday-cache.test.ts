import {
  decodeHolidayCache,
  encodeHolidayCache,
  needsRefresh,
  type HolidayCache,
} from '../../../src/core/holidays/holiday-cache';
import { holidayCalendarId } from '../../../src/core/holidays/holiday-calendars';

const NOW = Date.parse('2024-05-06T08:00:00Z');
const cache: HolidayCache = {
  country: 'IT',
  fetchedOn: '2024-05-06',
  failedAt: 0,
  holidays: ['2024-06-02', '2024-08-15'],
  absences: ['2024-05-10'],
};

describe('the holiday cache', () => {
  it('gives back the same dates after a round trip', () => {
    expect(decodeHolidayCache(encodeHolidayCache(cache))).toEqual(cache);
  });

  it('is read again on another day or for another country, not twice the same day', () => {
    expect(needsRefresh(cache, 'IT', '2024-05-06', NOW)).toBe(false);
    expect(needsRefresh(cache, 'IT', '2024-05-07', NOW)).toBe(true);
    expect(needsRefresh(cache, 'DE', '2024-05-06', NOW)).toBe(true);
    expect(needsRefresh(null, 'IT', '2024-05-06', NOW)).toBe(true);
  });

  it('retries a failed read after an hour, not at every thread opened', () => {
    const failed = { ...cache, failedAt: Math.floor(NOW / 60_000) - 30 };
    expect(needsRefresh(failed, 'IT', '2024-05-06', NOW)).toBe(false);
    expect(needsRefresh(failed, 'IT', '2024-05-06', NOW + 31 * 60_000)).toBe(true);
  });

  it('maps countries to Google public holiday calendars', () => {
    expect(holidayCalendarId('IT')).toBe('en.italian#holiday@group.v.calendar.google.com');
    expect(holidayCalendarId('GB')).toBe('en.uk#holiday@group.v.calendar.google.com');
    expect(holidayCalendarId('us')).toBe('en.usa#holiday@group.v.calendar.google.com');
    expect(holidayCalendarId('')).toBeNull();
    expect(holidayCalendarId('XX')).toBeNull();
  });
});
