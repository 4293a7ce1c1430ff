// Reads public holidays (the country's Google holiday calendar) and my out-of-office events from Calendar.
import { daysOfEvent, isDayOff, type EventTimes } from '../core/holidays/event-days';
import type { LocalDate } from '../core/types';
import { listAllEvents } from './list-all';

export interface DaysOffWindow {
  /** RFC 3339 instants bounding the read. */
  readonly timeMin: string;
  readonly timeMax: string;
  readonly localDate: (epochMs: number) => LocalDate;
}

type Schema = GoogleAppsScript.Calendar.Schema.Event;

function datesOf(
  events: readonly Schema[],
  keep: (e: EventTimes) => boolean,
  window: DaysOffWindow,
): LocalDate[] {
  const out = new Set<LocalDate>();
  for (const event of events as readonly EventTimes[]) {
    if (keep(event)) for (const day of daysOfEvent(event, window.localDate)) out.add(day);
  }
  return [...out].sort();
}

/** Public holidays of one Google holiday calendar; throws when it cannot be read. */
export function readHolidays(calendarId: string, window: DaysOffWindow): LocalDate[] {
  const listing = listAllEvents(calendarId, {
    timeMin: window.timeMin,
    timeMax: window.timeMax,
    singleEvents: true,
    maxResults: 250,
  });
  return datesOf(listing.items, isDayOff, window);
}

/** The user's own out-of-office events on the primary calendar; throws when they cannot be read. */
export function readAbsences(window: DaysOffWindow): LocalDate[] {
  const listing = listAllEvents('primary', {
    eventTypes: ['outOfOffice'],
    timeMin: window.timeMin,
    timeMax: window.timeMax,
    singleEvents: true,
    maxResults: 250,
  });
  return datesOf(listing.items, () => true, window);
}
