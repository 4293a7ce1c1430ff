// Builds the Calendar event card for an open event: reads the event, finds its tracked thread, offers Snooze
// dates from the work calendar (holidays and my absences from the daily cache), and says when it is not ours.
import { threadPermalink } from '../core/tracking/reminder-event';
import { snoozeOptions } from '../core/tracking/snooze-dates';
import { suggestedTextOf } from '../core/tracking/suggested-text';
import type { TrackedThread } from '../core/tracking/tracked-thread';
import type { LocalDate, WorkCalendar } from '../core/types';
import type { CardView } from '../core/view/card-view';
import { errorView } from '../core/view/error-view';
import {
  notReminderView,
  reminderCardView,
  staleReminderView,
  type EventRef,
} from '../core/view/event-card-view';
import { CalendarError } from '../calendar/calendar-errors';
import { readOpenedEvent, type OpenedEvent } from '../calendar/reminder-event-reader';
import { loadDaysOff } from '../store/days-off-store';
import { writeProperties } from '../store/property-writer';
import { storedRecord } from '../store/tracked-store';
import { withUserLock } from '../store/user-lock';
import { ACTIONS } from './action-names';
import type { OpenEventIds } from './calendar-event';
import type { HandlerContext } from './context';
import { failureMessage } from './on-reminder-errors';
import { todayOf } from './on-reminder-record';

export const EVENT_ACTIONS = { snooze: ACTIONS.snoozeReminder, done: ACTIONS.reminderDone };

/**
 * The work calendar with public holidays and my out-of-office days. loadDaysOff makes one Calendar read per
 * call (holidays, else my absences); a Snooze must respect both, so a second call reads what the first left.
 * The refreshed cache is returned for the caller to store.
 */
export function workCalendarOf(context: HandlerContext): {
  calendar: WorkCalendar;
  cacheWrite: Record<string, string>;
} {
  let cacheWrite: Record<string, string> = {};
  for (let read = 0; ; read += 1) {
    const daysOff = loadDaysOff({
      stored: { ...context.stored, ...cacheWrite },
      country: context.settings.holidayCountry,
      calendar: context.calendar,
      now: context.now,
    });
    const nothingRead = Object.keys(daysOff.cacheWrite).length === 0;
    cacheWrite = { ...cacheWrite, ...daysOff.cacheWrite };
    if (nothingRead || read === 1) return { calendar: daysOff.calendar, cacheWrite };
  }
}

/** Opening an event stores the refreshed days-off cache when it can; a busy lock only means a later read. */
function keepCache(context: HandlerContext, cacheWrite: Record<string, string>, today: LocalDate): void {
  if (Object.keys(cacheWrite).length === 0) return;
  try {
    withUserLock(() => writeProperties({ stored: context.stored, today }, { set: cacheWrite }));
  } catch (error) {
    console.warn(`Days-off cache not stored: ${(error as Error).message}`);
  }
}

export interface ReminderCardFacts {
  readonly record: TrackedThread;
  readonly ref: EventRef;
  readonly opened: Pick<OpenedEvent, 'description' | 'startsOn' | 'startsAt'>;
  readonly calendar: WorkCalendar;
  readonly today: LocalDate;
}

export function reminderCard(context: HandlerContext, facts: ReminderCardFacts): CardView {
  return reminderCardView({
    record: facts.record,
    ref: facts.ref,
    startsOn: facts.opened.startsOn,
    startsAt: facts.opened.startsAt,
    suggestedText: suggestedTextOf(facts.opened.description),
    snoozes: snoozeOptions(facts.today, facts.calendar),
    permalink: threadPermalink(facts.record.threadId, context.identity.primary),
    language: context.language,
    today: facts.today,
    actions: EVENT_ACTIONS,
  });
}

/** The card for the event `ids` names; a Calendar failure (quota…) becomes a card that says so. */
export function eventCardFor(context: HandlerContext, ids: OpenEventIds | null): CardView {
  if (!ids) return notReminderView(context.language);
  let opened: OpenedEvent | null;
  try {
    opened = readOpenedEvent(ids.calendarId, ids.eventId, context.calendar.timeZone);
  } catch (error) {
    const message = error instanceof CalendarError ? failureMessage(error, context) : null;
    if (message === null) throw error;
    console.warn(`Event not read: ${(error as Error).message}`);
    return errorView(context.text, message);
  }
  if (!opened?.threadId) return notReminderView(context.language);
  const ref: EventRef = { threadId: opened.threadId, ...ids };
  const record = storedRecord(context.stored, opened.threadId);
  if (!record) return staleReminderView(context.language, ref, EVENT_ACTIONS);
  const today = todayOf(context);
  const { calendar, cacheWrite } = workCalendarOf(context);
  keepCache(context, cacheWrite, today);
  return reminderCard(context, { record, ref, opened, calendar, today });
}
