// A thread's reminder event in Calendar, found by its private extended property in any calendar it may be
// in: set (move, insert or patch), move to the calendar chosen in Settings, and remove.
import { THREAD_PROPERTY, type ReminderEventResource } from '../core/tracking/reminder-event';
import { forCalendar } from './calendar-html';
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

const isGone = (error: unknown): boolean => {
  const failure = calendarFailure(error);
  return failure === 'not-found' || failure === 'gone';
};

/** Runs a Calendar write, naming the calendar in the error. */
function onCalendar<T>(calendarId: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw asCalendarError(error, calendarId);
  }
}

/** Removes an event, treating "already gone" (404, 410 "Resource has been deleted") as done. */
function removeQuietly(calendarId: string, eventId: string): void {
  onCalendar(calendarId, () => {
    try {
      eventsApi().remove(calendarId, eventId);
    } catch (error) {
      if (!isGone(error)) throw error;
    }
  });
}

const others = (target: string, calendars: readonly string[]): string[] =>
  [...new Set(calendars)].filter((id) => id !== target);

/**
 * The thread's one event in `target`: the one already there, else one moved from the other calendars (the
 * copies beside it removed), else null. Extra copies in `target` are removed too.
 */
function gather(target: string, threadId: string, elsewhere: readonly string[]): Event | null {
  const [kept, ...extra] = findReminders(target, threadId);
  for (const event of extra) removeQuietly(target, event.id ?? '');
  let found = kept ?? null;
  for (const calendarId of others(target, elsewhere)) {
    // 'primary' and the user's address name the same calendar: the event already kept is not a copy.
    const events = findReminders(calendarId, threadId).filter((e) => e.id !== found?.id);
    const moving = found ? null : events.shift();
    for (const event of events) removeQuietly(calendarId, event.id ?? '');
    // Events.move keeps the event id: no moment with two events, nor with none.
    if (moving?.id) found = onCalendar(target, () => eventsApi().move(calendarId, moving.id!, target));
  }
  return found;
}

/**
 * Moves the thread's reminder to `target` and to the resource's time, or creates it when none is live
 * (never created, or deleted by hand in Calendar). `elsewhere`: the other calendars it may be in. Returns
 * the event id. Call under the user lock so two executions cannot both find nothing and both insert.
 */
export function putReminder(
  target: string,
  threadId: string,
  resource: ReminderEventResource,
  elsewhere: readonly string[] = [],
): string {
  const body = forCalendar(resource) as Event;
  const existing = gather(target, threadId, elsewhere);
  return onCalendar(target, () => {
    if (!existing?.id) return eventsApi().insert(body, target).id ?? '';
    try {
      return eventsApi().patch(body, target, existing.id).id ?? existing.id;
    } catch (error) {
      if (isGone(error)) return eventsApi().insert(body, target).id ?? '';
      throw error;
    }
  });
}

/** Moves the thread's reminder from the calendars it may be in to `target`: the one event left, or null. */
export function settleReminder(target: string, threadId: string, from: readonly string[]): Event | null {
  return gather(target, threadId, from);
}

/** Removes every live reminder of the thread in each calendar; returns how many there were. */
export function removeReminders(calendars: readonly string[], threadId: string): number {
  let removed = 0;
  for (const calendarId of new Set(calendars)) {
    const events = findReminders(calendarId, threadId);
    for (const event of events) removeQuietly(calendarId, event.id ?? '');
    removed += events.length;
  }
  return removed;
}
