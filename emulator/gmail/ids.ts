// Gmail-style ids: 16 lower-case hex digits, stable for a given Message-ID.
import { createHash } from 'node:crypto';

export function gmailId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  // Real ids are a 64-bit number in hex whose first digit is non-zero (time-based); keep that shape.
  return '1' + hex.slice(0, 15);
}

export function permalinkOf(threadId: string): string {
  return `https://mail.google.com/mail/u/0/#all/${threadId}`;
}

/**
 * The id as an add-on event carries it: `msg-f:`/`thread-f:` and the decimal of the hex id (Gmail's web
 * client and event objects use this form; getId() returns hex).
 */
export function eventId(kind: 'msg' | 'thread', id: string): string {
  if (!/^[0-9a-f]{1,16}$/i.test(id)) return id;
  return `${kind}-f:${BigInt(`0x${id}`).toString(10)}`;
}

/**
 * The hex id behind an id argument, or null when the argument is no Gmail id at all. GmailApp accepts the
 * hex form and the prefixed decimal form of events (Google's samples pass e.gmail.messageId as is).
 */
export function hexIdOf(kind: 'msg' | 'thread', id: unknown): string | null {
  if (typeof id !== 'string') return null;
  const prefixed = new RegExp(`^${kind}-f:(\\d{1,20})$`).exec(id);
  if (prefixed) {
    const value = BigInt(prefixed[1] as string);
    return value < 2n ** 64n ? value.toString(16) : null;
  }
  return /^[0-9a-f]{1,16}$/i.test(id) ? id.toLowerCase() : null;
}
