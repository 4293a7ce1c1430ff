// On thread open: keep the thread's tracked record current (written only when it changed) and remove a
// future reminder, under the user lock, once the client has replied. Failures never break the sidebar.
import { chooseTone } from '../core/nudge/choose-tone';
import { recordFromAnalysis } from '../core/tracking/record-from-analysis';
import { trackingText } from '../core/tracking/tracking-text';
import {
  hasFutureReminder,
  PENDING_EVENT,
  reminderCalendars,
  withoutReminder,
  type TrackedThread,
} from '../core/tracking/tracked-thread';
import type { Language, LocalDate, ThreadAnalysis } from '../core/types';
import type { NudgeSuggestion } from '../core/nudge/nudge-types';
import { removeReminders } from '../calendar/reminder-calendar';
import { repairedReminder } from './on-reminder-repair';
import { isStopped, recordChanged, saveRecord, storedRecord } from '../store/tracked-store';
import { writeProperties } from '../store/property-writer';
import { withUserLock } from '../store/user-lock';
import type { HandlerContext } from './context';
import { failureMessage } from './on-reminder-errors';

export interface TrackedOpen {
  readonly record: TrackedThread;
  /** Said in the sidebar: the reminder was removed because the client replied, or why tracking failed. */
  readonly notice: string | null;
}

export interface OpenedThread {
  readonly analysis: ThreadAnalysis;
  readonly nudge: NudgeSuggestion | null;
  /** Other writes of this execution (the holiday cache), stored in the same call as the record. */
  readonly pendingWrites?: Readonly<Record<string, string>>;
}

/** The record the sidebar shows, computed without writing (tone changes, Reply with this). */
export function currentRecord(context: HandlerContext, opened: OpenedThread): TrackedThread {
  const { calendar } = context;
  const localDate = (ms: number): LocalDate => calendar.localDateOf(ms, calendar.timeZone);
  return recordFromAnalysis({
    analysis: opened.analysis,
    decision: opened.nudge,
    language: (opened.nudge?.language ?? context.language) as Language,
    tone: opened.nudge?.tone ?? chooseTone(context.settings.tone, opened.analysis.register),
    today: localDate(context.now),
    localDate,
    previous: storedRecord(context.stored, opened.analysis.threadId),
  });
}

/** Who answered since the reminder was planned, making it stale; null while it still stands. */
type Replier = 'client' | 'me';

/**
 * A follow-up reminder is stale once the client replies (or a new round of waiting starts); a "remind me to
 * reply" reminder once I have replied.
 */
function replied(previous: TrackedThread | null, next: TrackedThread, today: LocalDate): Replier | null {
  if (!previous || !hasFutureReminder(previous, today)) return null;
  if (previous.state === 'awaiting-client') {
    return next.state !== 'awaiting-client' || next.since !== previous.since ? 'client' : null;
  }
  // My answer leaves the thread waiting on the client, or settled when it asked nothing ("ti chiamo io").
  return previous.state === 'awaiting-me' && (next.state === 'awaiting-client' || next.state === 'settled')
    ? 'me'
    : null;
}

export function trackOpenedThread(context: HandlerContext, opened: OpenedThread): TrackedOpen {
  const today = context.calendar.localDateOf(context.now, context.calendar.timeZone);
  const previous = storedRecord(context.stored, opened.analysis.threadId);
  let record = currentRecord(context, opened);
  const extra = opened.pendingWrites ?? {};
  const untracked = (record.state === 'no-client' && !previous) || isStopped(context.stored, record.threadId);
  const stale = untracked ? null : replied(previous, record, today);
  const changed = !untracked && recordChanged(context.stored, record);
  const pending = !untracked && previous?.eventId === PENDING_EVENT;
  if (!stale && !pending && !changed && Object.keys(extra).length === 0) return { record, notice: null };
  const write = () => {
    if (untracked) writeProperties({ stored: context.stored, today }, { set: extra });
    else saveRecord({ stored: context.stored, today }, record, extra);
  };
  try {
    if (stale) {
      withUserLock(() => {
        removeReminders(reminderCalendars(previous, context.settings.calendarId), record.threadId);
        record = withoutReminder(record);
        write();
      });
    } else if (pending) {
      withUserLock(() => {
        record = repairedReminder(record, context.settings.calendarId);
        write();
      });
    } else {
      // A plain open writes only this thread's own record (which any open computes alike) and the days-off
      // cache (idempotent): no read-modify-write another execution could interleave with, so no lock, and
      // the open stays within 5 round trips. Pruning, if the store is crowded, takes the lock itself.
      write();
    }
  } catch (error) {
    const message = failureMessage(error, context);
    if (message === null) throw error;
    console.warn(`Tracking not updated: ${(error as Error).message}`);
    return { record: previous ?? record, notice: untracked ? null : message };
  }
  const t = trackingText(context.language);
  const client = record.clientName || record.clientEmail;
  const notice = { client: t.repliedRemoved(client), me: t.youRepliedRemoved(client) };
  return { record, notice: stale ? notice[stale] : null };
}
