// Plain data shared by the core, the adapters, the CLI and the preview: no Apps Script types here.

/** A mailbox: lower-cased address and display name ('' when the header had none). */
export interface Party {
  readonly email: string;
  readonly name: string;
}

/**
 * One message as the core sees it. Adapters fill it from GmailMessage (Apps Script) or from a parsed
 * .eml (CLI, preview). `body` is the plain text, already cut to a bounded length; it is never stored.
 */
export interface MailMessage {
  readonly id: string;
  /** Epoch milliseconds. */
  readonly at: number;
  /** null when the From header is missing or unparsable. */
  readonly from: Party | null;
  readonly to: readonly Party[];
  readonly cc: readonly Party[];
  readonly replyTo: readonly Party[];
  readonly subject: string;
  /** Header values by lower-case name; only the headers the classifier reads (see HEADER_NAMES). */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface ThreadData {
  readonly id: string;
  readonly subject: string;
  readonly messages: readonly MailMessage[];
}

export type MessageKind = 'me' | 'client' | 'auto-reply' | 'bounce' | 'bulk';
export type ThreadState = 'awaiting-client' | 'awaiting-me' | 'settled' | 'no-client';
/** How I address the client in my own messages (formal: Lei, Sie, vous, usted). */
export type Register = 'formal' | 'informal';

/** A calendar date in the user's time zone, 'YYYY-MM-DD'. */
export type LocalDate = string;

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Port that turns an instant into a local calendar date: Intl in Node, Utilities.formatDate in Apps Script. */
export type LocalDateOf = (epochMs: number, timeZone: string) => LocalDate;

/** Everything the core needs to count days: no clock, no globals. */
export interface WorkCalendar {
  readonly timeZone: string;
  readonly localDateOf: LocalDateOf;
  readonly workingDays: readonly Weekday[];
  /** Holidays and the user's own out-of-office days, 'YYYY-MM-DD'. */
  readonly holidays: ReadonlySet<LocalDate>;
}

/** Who "me" is: the user's address plus declared aliases, and optionally colleagues at my domain. */
export interface Identity {
  readonly primary: string;
  readonly aliases: readonly string[];
  readonly colleaguesCountAsMe: boolean;
  readonly myName: string;
}

export interface AnalyzedMessage {
  readonly id: string;
  readonly at: number;
  readonly from: string | null;
  readonly kind: MessageKind;
  /** True on a `bulk` message that a program wrote (a bot, a tracker, a list manager), not a newsletter. */
  readonly robot?: boolean;
  readonly outOfOfficeUntil: LocalDate | null;
  readonly promisedBy: LocalDate | null;
  /**
   * Human messages: whether this one expects an answer; null for automated mail, and (unless every ask was
   * asked for) for messages older than the exchange the settled rule reads.
   */
  readonly asks: boolean | null;
}

export interface ThreadAnalysis {
  readonly threadId: string;
  /** Subject without Re:/Fwd:/R:/AW:/… prefixes. */
  readonly project: string;
  readonly client: Party | null;
  readonly state: ThreadState;
  readonly lastClientReplyAt: number | null;
  readonly daysSinceClientReply: number | null;
  readonly workingDaysSinceClientReply: number | null;
  readonly waitingSince: number | null;
  readonly daysWaiting: number | null;
  readonly workingDaysWaiting: number | null;
  /** My latest real message (any state); null when I never wrote. */
  readonly lastMyMessageAt: number | null;
  /** Instants of my follow-ups after waitingSince, oldest first (length = followUpsSent). */
  readonly followUpAts: readonly number[];
  readonly followUpsSent: number;
  readonly outOfOfficeUntil: LocalDate | null;
  readonly promisedBy: LocalDate | null;
  /** Median days between my message and the client's next reply, over every thread seen; null if unknown. */
  readonly typicalReplyDays: number | null;
  /** Reply delays (days, fractional) observed in this thread, to feed the per-client store. */
  readonly replyDelaysDays: readonly number[];
  /** The client's own unquoted text, newest first, for language detection (bounded). */
  readonly clientText: string;
  /** My own unquoted text in this thread, newest first (bounded): the language fallback when the client's is unknown. */
  readonly myText: string;
  /** A bounce arrived after my latest message (and the client has not written since): my mail did not reach them. */
  readonly undelivered: boolean;
  readonly messages: readonly AnalyzedMessage[];
  /** Why the thread is 'settled': my unanswered messages ask nothing, or the client's reply needs no answer. */
  readonly settledBy: 'mine' | 'client' | null;
  /** The user said "I'm still waiting for an answer" about this thread as it is now (it would be settled). */
  readonly stillWaiting: boolean;
  /** Human messages (mine and the client side's): a new one ends a "still waiting" override. */
  readonly humanMessages: number;
  /** My register with this client (else the client's with me), null when no message shows one. */
  readonly register: Register | null;
  /** The last question in my own unanswered words, as I wrote it (one sentence, at most 160 characters). */
  readonly openQuestion: string | null;
}

export type Stage = 'wait' | 'check-in' | 'change-channel' | 'close-the-loop' | 'rest' | 'reply';
export type Tone = 'warm' | 'formal';
export type Language = 'it' | 'en' | 'es' | 'fr' | 'de';
