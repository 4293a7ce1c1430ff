// Builds the tracked record of a thread from its analysis and the ladder's decision, keeping reminder facts.
import type { NudgeDecision } from '../nudge/nudge-types';
import type { Language, LocalDate, ThreadAnalysis, Tone } from '../types';
import { MAX_DELAYS, type TrackedThread } from './tracked-thread';

export interface RecordInput {
  readonly analysis: ThreadAnalysis;
  readonly decision: NudgeDecision | null;
  readonly language: Language;
  readonly tone: Tone;
  readonly today: LocalDate;
  readonly localDate: (epochMs: number) => LocalDate;
  /** The stored record, if any: its reminder (date and event id) carries over. */
  readonly previous: TrackedThread | null;
}

const HOUR_DAYS = 1 / 24;

export function recordFromAnalysis(input: RecordInput): TrackedThread {
  const { analysis: a, decision, localDate, previous } = input;
  const sinceMs = a.state === 'awaiting-me' ? a.lastClientReplyAt : a.waitingSince;
  return {
    threadId: a.threadId,
    clientEmail: a.client?.email ?? '',
    clientName: a.client?.name ?? '',
    subject: a.project,
    state: a.state,
    stage: decision?.stage ?? null,
    since: sinceMs === null ? null : localDate(sinceMs),
    lastMineOn: a.lastMyMessageAt === null ? null : localDate(a.lastMyMessageAt),
    nextOn: decision?.sendOn ?? null,
    reminderOn: previous?.reminderOn ?? null,
    eventId: previous?.eventId ?? '',
    language: input.language,
    tone: input.tone,
    // Kept while it still applies: a new message in the thread ends the user's "still waiting".
    stillWaitingAt: a.stillWaiting ? a.humanMessages : null,
    ...(a.undelivered && a.state !== 'no-client' ? { undelivered: true } : {}),
    delaysHours: a.replyDelaysDays.slice(-MAX_DELAYS).map((days) => Math.round(days / HOUR_DAYS)),
    seenOn: input.today,
  };
}
