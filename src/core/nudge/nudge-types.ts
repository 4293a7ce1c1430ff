// The ladder's output: which step, on which date, and every fact the sidebar needs to say why.
import type { Language, LocalDate, Stage, Tone } from '../types';
import type { Alternative } from './alternatives';

export type NudgeReasonKind =
  'waiting' | 'since-check-in' | 'since-change-channel' | 'closed' | 'client-wrote-last' | 'promised';

/** Structured "why": the UI phrases it per language (see describeReason); no text here. */
export interface NudgeReason {
  readonly kind: NudgeReasonKind;
  /** Working days elapsed since the reason's anchor (my message, my last nudge, or the client's reply or promise). */
  readonly workingDays: number;
  /** Working days the ladder waits after the anchor before this step (0 for 'reply'). */
  readonly stepWorkingDays: number;
  /** True when the step's time has come (sendOn is today, or the next working day when today is not one). */
  readonly due: boolean;
  readonly clientName?: string;
  /** The client's typical reply time in days, when known. */
  readonly typicalReplyDays?: number;
  /** True when the typical reply time, not firstWaitWorkingDays, set the first check-in's date. */
  readonly stretchedByTypicalReply?: boolean;
  /** The client's return date from an auto-reply, while it still matters (the day after is today or later). */
  readonly backOn?: LocalDate;
  /** The date the client promised an answer by, while it still matters (always, for 'promised'). */
  readonly promisedBy?: LocalDate;
  /** For 'promised': the local date of the client's reply that made the promise (the reason's anchor). */
  readonly promisedOn?: LocalDate;
  /** For 'closed': the months of rest before checking in again. */
  readonly restMonths?: number;
}

/**
 * The ladder's decision. `stage` is the next step to take: 'wait' only before the first check-in; after a
 * nudge the stage is already the next rung, with a future `sendOn` and `reason.due` false until it is time.
 */
export interface NudgeDecision {
  readonly stage: Stage;
  readonly sendOn: LocalDate;
  readonly reason: NudgeReason;
  /** Local date of my latest follow-up (check-in, call proposal or close), null when none was sent. */
  readonly lastNudgeOn: LocalDate | null;
}

export interface NudgeSuggestion extends NudgeDecision {
  readonly language: Language;
  /** The tone used: the user's choice, or with 'auto' the one my register with this client calls for. */
  readonly tone: Tone;
  readonly body: string;
  readonly subject: string;
  /** The other replies that make sense now, each ready to become its own draft. */
  readonly alternatives: readonly Alternative[];
}
