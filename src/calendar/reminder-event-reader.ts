// Reads the event the user opened in Google Calendar (Events.get) and what a reminder card needs from it.
import { THREAD_PROPERTY } from '../core/tracking/reminder-event';
import type { LocalDate } from '../core/types';
import { asCalendarError, calendarFailure } from './calendar-errors';
import { eventsApi } from './events-api';

type Event = GoogleAppsScript.Calendar.Schema.Event;

export interface OpenedEvent {
  /** The private extended property a reminder carries; null for any other event. */
  readonly threadId: string | null;
  readonly description: string;
  readonly startsOn: LocalDate | null;
  /** 'HH:MM' in the user's zone; null for an all-day event. */
  readonly startsAt: string | null;
}

/** RFC 3339 with an offset is an instant; without one (as inserted) it is already wall-clock time. */
function startOf(event: Event, timeZone: string): Pick<OpenedEvent, 'startsOn' | 'startsAt'> {
  const dateTime = event.start?.dateTime ?? '';
  if (/(Z|[+-]\d\d:?\d\d)$/i.test(dateTime)) {
    const stamp = Utilities.formatDate(new Date(Date.parse(dateTime)), timeZone, 'yyyy-MM-dd HH:mm');
    return { startsOn: stamp.slice(0, 10), startsAt: stamp.slice(11, 16) };
  }
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(dateTime))
    return { startsOn: dateTime.slice(0, 10), startsAt: dateTime.slice(11, 16) };
  const date = event.start?.date ?? '';
  return { startsOn: /^\d{4}-\d\d-\d\d$/.test(date) ? date : null, startsAt: null };
}

/**
 * The event, or null when it does not exist (any more) or was deleted: Events.get answers 404 for an id it
 * never had and, for a deleted event, either 410 or the event with status "cancelled". Other failures throw a
 * CalendarError (quota, …) for the handler to explain.
 */
export function readOpenedEvent(calendarId: string, eventId: string, timeZone: string): OpenedEvent | null {
  let event: Event;
  try {
    event = eventsApi().get(calendarId, eventId);
  } catch (error) {
    const failure = calendarFailure(error);
    if (failure === 'not-found' || failure === 'gone') return null;
    throw asCalendarError(error, calendarId);
  }
  if (!event || event.status === 'cancelled') return null;
  const threadId = event.extendedProperties?.private?.[THREAD_PROPERTY];
  return {
    threadId: typeof threadId === 'string' && threadId !== '' ? threadId : null,
    description: typeof event.description === 'string' ? event.description : '',
    ...startOf(event, timeZone),
  };
}
