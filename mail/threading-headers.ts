// The few header fields that place a message in its thread, read from the header block alone (fast path).
import { capId, capReferences, idLimitWarnings } from './id-limits';
import { messageIds } from './message-ids';

export interface ThreadingHeaders {
  /** Message-ID without brackets (capped), null when missing. */
  readonly messageId: string | null;
  readonly inReplyTo: string | null;
  /** Capped: see id-limits.ts. */
  readonly references: readonly string[];
  readonly gmThreadId: string | null;
  readonly subject: string;
}

const WANTED = new Set(['message-id', 'in-reply-to', 'references', 'x-gm-thrid', 'subject', 'date']);

/** The header block: everything before the first blank line. */
export function headerBlock(bytes: Buffer): string {
  const lf = bytes.indexOf('\n\n', 0, 'latin1');
  const crlf = bytes.indexOf('\n\r\n', 0, 'latin1');
  const ends = [lf, crlf].filter((i) => i !== -1);
  const end = ends.length === 0 ? bytes.length : Math.min(...ends) + 1;
  return bytes.subarray(0, end).toString('latin1');
}

/** First occurrence of each wanted field, unfolded. */
function wantedFields(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  let name: string | null = null;
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && name !== null) {
      fields.set(name, `${fields.get(name)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    name = WANTED.has(key) && !fields.has(key) ? key : null;
    if (name !== null) fields.set(name, line.slice(colon + 1).trim());
  }
  return fields;
}

/** Threading fields of one message, and warnings for ids cut to sane lengths. */
export function readThreadingHeaders(bytes: Buffer): {
  headers: ThreadingHeaders;
  warnings: string[];
  /** False when no line of the block is a header field: not a message at all. */
  hasHeader: boolean;
  /** The Date header's UTC year when it reads as one within 1970-9999, else null. */
  year: number | null;
} {
  const block = headerBlock(bytes);
  const fields = wantedFields(block);
  const id = messageIds(fields.get('message-id'))[0];
  const references = messageIds(fields.get('references'));
  const inReplyTo = messageIds(fields.get('in-reply-to'))[0];
  return {
    headers: {
      messageId: id === undefined ? null : capId(id),
      inReplyTo: inReplyTo === undefined ? null : capId(inReplyTo),
      references: capReferences(references),
      gmThreadId: fields.get('x-gm-thrid') ?? null,
      subject: fields.get('subject') ?? '',
    },
    warnings: idLimitWarnings(id, references),
    hasHeader: /^[!-9;-~]+:/m.test(block),
    year: yearOf(fields.get('date')),
  };
}

function yearOf(date: string | undefined): number | null {
  const ms = date === undefined ? NaN : Date.parse(date);
  const year = Number.isNaN(ms) ? null : new Date(ms).getUTCFullYear();
  return year !== null && year >= 1970 && year <= 9999 ? year : null;
}
