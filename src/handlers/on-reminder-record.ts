// Which record and date a reminder button acts on: the stored one (written when the thread was opened), else
// one computed from the open thread (when that write could not happen).
import { reminderContent } from '../core/tracking/reminder-content';
import { reminderEvent } from '../core/tracking/reminder-event';
import type { ReminderSlot } from '../core/tracking/reminder-slot';
import { reminderCalendars, type TrackedThread } from '../core/tracking/tracked-thread';
import { isLocalDate } from '../core/calendar-days';
import { canonicalGmailId } from '../core/gmail-ids';
import type { LocalDate } from '../core/types';
import { REMINDER_DATE_INPUT } from '../core/view/reminder-section';
import { storedRecord } from '../store/tracked-store';
import type { HandlerContext } from './context';
import { currentRecord } from './on-reminder-thread-open';
import { loadThreadInsight } from './thread-insight';

/** Records are keyed by getId()'s hex; a parameter or an event may spell the id `thread-f:<decimal>`. */
export function threadIdOf(context: HandlerContext): string {
  return canonicalGmailId(context.event.parameters['t'] ?? context.event.gmail?.threadId ?? '');
}

export function recordFor(context: HandlerContext, threadId: string): TrackedThread | null {
  const stored = storedRecord(context.stored, threadId);
  if (stored || !context.event.gmail) return stored;
  return currentRecord(context, loadThreadInsight(context));
}

export function todayOf(context: HandlerContext): LocalDate {
  return context.calendar.localDateOf(context.now, context.calendar.timeZone);
}

/** The date picker (UTC midnight of the chosen day), else the button's date, else the next step's date. */
export function chosenDate(context: HandlerContext, record: TrackedThread): LocalDate {
  const picked = context.event.dates[REMINDER_DATE_INPUT];
  if (picked !== undefined && Number.isFinite(picked)) return new Date(picked).toISOString().slice(0, 10);
  const param = context.event.parameters['d'] ?? '';
  if (isLocalDate(param)) return param;
  return record.nextOn ?? todayOf(context);
}

/** Every calendar the thread's reminder may be in: the record's (while it moves) and the Settings one. */
export function calendarsOf(
  record: TrackedThread | null,
  context: Pick<HandlerContext, 'settings'>,
): string[] {
  return reminderCalendars(record, context.settings.calendarId);
}

/** The thread's reminder event at `slot` and the text it describes: the same from Gmail and from Calendar. */
export function reminderFor(
  context: HandlerContext,
  record: TrackedThread,
  slot: ReminderSlot,
): { resource: ReturnType<typeof reminderEvent>; description: string } {
  const { settings } = context;
  const content = reminderContent({
    record,
    uiLanguage: context.language,
    tone: settings.tone,
    myName: settings.myName,
    userEmail: context.identity.primary,
    today: todayOf(context),
  });
  const resource = reminderEvent({
    threadId: record.threadId,
    ...content,
    date: slot.date,
    time: slot.time,
    timeZone: context.calendar.timeZone,
    emailReminder: settings.emailReminder,
  });
  return { resource, description: content.description };
}
