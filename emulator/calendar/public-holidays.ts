// Google's public holiday calendars exist for every user: the emulator serves them on demand from the
// date-holidays data, as all-day events ("Public holiday" / "Observance" in the description, like Google's).
import Holidays from 'date-holidays';
import { HOLIDAY_COUNTRIES, holidayCalendarId } from '../../src/core/holidays/holiday-calendars';

export function countryOfHolidayCalendar(calendarId: string): string | null {
  return HOLIDAY_COUNTRIES.find((country) => holidayCalendarId(country) === calendarId) ?? null;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The events of a country's holiday calendar for the years given. */
export function publicHolidayEvents(country: string, years: readonly number[]): Record<string, unknown>[] {
  const data = new Holidays(country);
  const seen = new Set<string>();
  const events: Record<string, unknown>[] = [];
  for (const year of years) {
    for (const h of data.getHolidays(year)) {
      const date = h.date.slice(0, 10);
      if (seen.has(`${date}:${h.name}`) || (h.type !== 'public' && h.type !== 'observance')) continue;
      seen.add(`${date}:${h.name}`);
      const description =
        h.type === 'public'
          ? 'Public holiday'
          : 'Observance\nTo hide observances, go to Google Calendar Settings > Holidays in …';
      events.push({
        summary: h.name,
        description,
        start: { date },
        end: { date: nextDay(date) },
        transparency: 'transparent',
      });
    }
  }
  return events;
}
