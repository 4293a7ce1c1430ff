// The plain-data shape of one message read from an .eml or .mbox file (Node only, never under src/).
import type { Party } from '../src/core/types';

export interface ParsedMail {
  /** The file it came from, with `#n` (1-based) for the n-th message of an mbox. */
  readonly source: string;
  /** Message-ID without angle brackets; a stable hash of the raw text when the header is missing. */
  readonly messageId: string;
  /** Gmail's thread id (X-GM-THRID in Takeout exports), null when absent. */
  readonly gmThreadId: string | null;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  /** Epoch milliseconds, null when the Date header is missing or unparsable. */
  readonly date: number | null;
  readonly from: Party | null;
  readonly to: readonly Party[];
  readonly cc: readonly Party[];
  readonly replyTo: readonly Party[];
  readonly subject: string;
  /** Every header by lower-case name, first occurrence, unfolded. */
  readonly headers: Readonly<Record<string, string>>;
  /** Plain body; the HTML part with tags stripped when there is no text part. */
  readonly text: string;
  /** Top-level MIME type, lower-case, e.g. multipart/report. */
  readonly contentType: string;
  readonly raw: string;
}

export interface MailThread {
  readonly key: string;
  readonly subject: string;
  /** Oldest first. */
  readonly messages: readonly ParsedMail[];
}

/** A path that cannot be read: missing, unreadable, or not a file/folder. */
export class MailFileError extends Error {
  override readonly name = 'MailFileError';
  readonly path: string;
  override readonly cause: unknown;

  constructor(path: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Cannot read mail from ${path}: ${reason}`);
    this.path = path;
    this.cause = cause;
  }
}
