// A thread's reminder event in Calendar, found by its private extended property: set (insert or patch) and remove.
import { THREAD_PROPERTY, type ReminderEventResource } from '../core/tracking/reminder-event';
import { asCalendarError, calendarFailure } from './calendar-errors';
import { eventsApi } from './events-api';
import { listAllEvents } from './list-all';

type Event = GoogleAppsScript.Calendar.Schema.Event;

/** The thread's live reminder events (the list skips cancelled ones; the filter guards anyway). */
export function findReminders(calendarId: string, threadId: string): Event[] {
  try {
    const { items } = listAllEvents(calendarId, {
      privateExtendedProperty: `${THREAD_PROPERTY}=${threadId}`,
      showDeleted: false,
      maxResults: 10,
    });
    return items.filter((e) => e.status !== 'cancelled' && e.id);
  } catch (error) {
    throw asCalendarError(error, calendarId);
  }
}

function insert(calendarId: string, resource: ReminderEventResource): string {
  return eventsApi().insert({ ...resource } as Event, calendarId).id ?? '';
}

/** Removes an event, treating "already gone" as done. */
function removeQuietly(calendarId: string, eventId: string): void {
  try {
    eventsApi().remove(calendarId, eventId);
  } catch (error) {
    const failure = calendarFailure(error);
    if (failure !== 'not-found' && failure !== 'gone') throw error;
  }
}

/**
 * Moves the thread's reminder, or creates it when none is live (never on file, or deleted by hand in
 * Calendar). Extra copies left by an older version are removed. Returns the event id. Call under the user
 * lock so two executions cannot both find nothing and both insert.
 */
export function putReminder(calendarId: string, threadId: string, resource: ReminderEventResource): string {
  const [existing, ...extra] = findReminders(calendarId, threadId);
  try {
    for (const event of extra) removeQuietly(calendarId, event.id ?? '');
    if (!existing?.id) return insert(calendarId, resource);
    try {
      return eventsApi().patch({ ...resource } as Event, calendarId, existing.id).id ?? existing.id;
    } catch (error) {
      const failure = calendarFailure(error);
      if (failure === 'not-found' || failure === 'gone') return insert(calendarId, resource);
      throw error;
    }
  } catch (error) {
    throw asCalendarError(error, calendarId);
  }
}

/** Removes every live reminder of the thread; returns how many there were. */
export function removeReminders(calendarId: string, threadId: string): number {
  const events = findReminders(calendarId, threadId);
  try {
    for (const event of events) removeQuietly(calendarId, event.id ?? '');
  } catch (error) {
    throw asCalendarError(error, calendarId);
  }
  return events.length;
}
