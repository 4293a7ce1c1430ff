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
