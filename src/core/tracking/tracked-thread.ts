// The compact facts kept per tracked thread (never a message body), and the key it is stored under.
import type { Language, LocalDate, Stage, ThreadState, Tone } from '../types';

export interface TrackedThread {
  readonly threadId: string;
  readonly clientEmail: string;
  readonly clientName: string;
  /** The project (subject without Re:/Fwd:), at most SUBJECT_MAX characters. */
  readonly subject: string;
  readonly state: ThreadState;
  /** null for 'no-client' threads. */
  readonly stage: Stage | null;
  /** Waiting since (awaiting-client) or the client's last reply (awaiting-me). */
  readonly since: LocalDate | null;
  /** The date of my latest real message, for the reminder's suggested text. */
  readonly lastMineOn: LocalDate | null;
  /** The suggested send date of the next step. */
  readonly nextOn: LocalDate | null;
  /** The date of the reminder event, when one is set. */
  readonly reminderOn: LocalDate | null;
  /** The Calendar event id of the reminder, '' when none, PENDING_EVENT while it is being written. */
  readonly eventId: string;
  /**
   * The calendars the reminder may be in, the expected one first (more than one while it moves to the
   * calendar chosen in Settings); absent in records written before, meaning the Settings calendar.
   */
  readonly calendars?: readonly string[];
  /** 'HH:MM' of the reminder when it is not the Settings reminder time (moved out of the past). */
  readonly reminderTime?: string;
  /** Language of the suggested texts for this thread. */
  readonly language: Language;
  /** Tone of the suggested texts (with the 'auto' setting, the one my register with this client calls for). */
  readonly tone: Tone;
  /**
   * "I'm still waiting for an answer": the number of human messages the thread had when the user said so;
   * null when they did not. A new message ends it (see AnalyzeThreadInput.stillWaitingAt).
   */
  readonly stillWaitingAt: number | null;
  /** My latest message bounced: the homepage lists the thread under "Delivery problems". */
  readonly undelivered?: boolean;
  /** This thread's client reply delays in hours (at most MAX_DELAYS, newest last). */
  readonly delaysHours: readonly number[];
  /** The local date the record was last written: pruning removes the longest unseen first. */
  readonly seenOn: LocalDate;
}

export const TRACKED_PREFIX = 't.';
export const SUBJECT_MAX = 60;
export const NAME_MAX = 40;
/** Reply delays kept per thread; replyDelaysElsewhere keeps at most MAX_CLIENT_DELAYS per client. */
export const MAX_DELAYS = 6;
export const MAX_CLIENT_DELAYS = 10;

/**
 * The event id stored before Calendar is called (under the user lock): if the final record write fails, the
 * next open finds the event by its thread property and repairs the record.
 */
export const PENDING_EVENT = '?';

/** Stored under a thread's key after "Stop tracking this thread", so opening it again does not re-track it. */
export const STOPPED = '0';

export function trackedKey(threadId: string): string {
  return `${TRACKED_PREFIX}${threadId}`;
}

export function isTrackedKey(key: string): boolean {
  return key.startsWith(TRACKED_PREFIX);
}

/** Cuts to `max` characters, ending with an ellipsis when something was cut. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** A reminder is still ahead when its date is today or later. */
export function hasFutureReminder(record: TrackedThread, today: LocalDate): boolean {
  return record.eventId !== '' && record.reminderOn !== null && record.reminderOn >= today;
}

/** Closed threads no longer need the user: nobody to wait on, or the ladder ended in rest. */
export function isClosed(record: TrackedThread): boolean {
  return record.state === 'no-client' || record.stage === 'rest';
}

/** The calendars a thread's reminder may be in: the record's (while it moves), then the Settings one. */
export function reminderCalendars(record: TrackedThread | null, settingsCalendar: string): string[] {
  return [...new Set([...(record?.calendars ?? []), settingsCalendar])];
}

/** The record without its reminder. */
export function withoutReminder(record: TrackedThread): TrackedThread {
  const kept = Object.entries(record).filter(([key]) => key !== 'calendars' && key !== 'reminderTime');
  return { ...(Object.fromEntries(kept) as unknown as TrackedThread), eventId: '', reminderOn: null };
}
