import {
  decodeHolidayCache,
  encodeHolidayCache,
  nextRead,
  type HolidayCache,
} from '../../../src/core/holidays/holiday-cache';
import { holidayCalendarId } from '../../../src/core/holidays/holiday-calendars';

const NOW = Date.parse('2024-05-06T08:00:00Z');
const cache: HolidayCache = {
  country: 'IT',
  fetchedOn: '2024-05-06',
  failedAt: 0,
  holidays: ['2024-06-02', '2024-08-15'],
  absencesOn: '2024-05-06',
  absencesFailedAt: 0,
  absences: ['2024-05-10'],
};

describe('the holiday cache', () => {
  it('gives back the same dates after a round trip', () => {
    expect(decodeHolidayCache(encodeHolidayCache(cache))).toEqual(cache);
  });

  it('reads nothing twice the same day, and holidays again for another country', () => {
    expect(nextRead(cache, 'IT', true, '2024-05-06', NOW)).toBeNull();
    expect(nextRead(cache, 'DE', true, '2024-05-06', NOW)).toBe('holidays');
    expect(nextRead(null, 'IT', true, '2024-05-06', NOW)).toBe('holidays');
  });

  it('reads my absences every day and the holidays only once a week, one of them per execution', () => {
    expect(nextRead(cache, 'IT', true, '2024-05-07', NOW)).toBe('absences');
    const absencesFresh = { ...cache, absencesOn: '2024-05-12' };
    expect(nextRead(absencesFresh, 'IT', true, '2024-05-12', NOW)).toBeNull();
    expect(nextRead(absencesFresh, 'IT', true, '2024-05-13', NOW)).toBe('holidays');
  });

  it('reads nothing more the same day once one read succeeded: the other half waits for tomorrow', () => {
    const newUser = { ...cache, absencesOn: null };
    expect(nextRead(newUser, 'IT', true, '2024-05-06', NOW)).toBeNull();
    expect(nextRead(newUser, 'IT', true, '2024-05-07', NOW)).toBe('absences');
    const weekOld = { ...cache, fetchedOn: '2024-04-29', absencesOn: '2024-05-06' };
    expect(nextRead(weekOld, 'IT', true, '2024-05-06', NOW)).toBeNull();
  });

  it('reads only absences when no holiday country is chosen', () => {
    expect(nextRead(null, '', false, '2024-05-06', NOW)).toBe('absences');
    expect(nextRead({ ...cache, country: '' }, '', false, '2024-05-06', NOW)).toBeNull();
  });

  it('retries a failed read after an hour, not at every thread opened', () => {
    const failed = { ...cache, failedAt: Math.floor(NOW / 60_000) - 30 };
    expect(nextRead(failed, 'IT', true, '2024-05-06', NOW)).toBeNull();
    expect(nextRead(failed, 'IT', true, '2024-05-06', NOW + 31 * 60_000)).toBe('holidays');
    const absencesFailed = {
      ...cache,
      absencesOn: '2024-05-05',
      absencesFailedAt: Math.floor(NOW / 60_000) - 30,
    };
    expect(nextRead(absencesFailed, 'IT', true, '2024-05-06', NOW)).toBeNull();
  });

  it('maps countries to Google public holiday calendars', () => {
    expect(holidayCalendarId('IT')).toBe('en.italian#holiday@group.v.calendar.google.com');
    expect(holidayCalendarId('GB')).toBe('en.uk#holiday@group.v.calendar.google.com');
    expect(holidayCalendarId('us')).toBe('en.usa#holiday@group.v.calendar.google.com');
    expect(holidayCalendarId('')).toBeNull();
    expect(holidayCalendarId('XX')).toBeNull();
  });
});
