// Sane lengths for message ids and References: a malformed or hostile header must not cost memory or time.
import { createHash } from 'node:crypto';

/** RFC 5322 allows 998-character lines; real Message-IDs stay well under 250 characters. */
export const MAX_ID_LENGTH = 250;
/**
 * References grow by one id per reply; RFC 5322 §3.6.4 lets a writer trim them, keeping the first (the
 * thread's root) and the latest ones, which are all threading needs.
 */
export const MAX_REFERENCES = 100;

/** An over-long id, cut and made unique again by a hash of the whole id. */
export function capId(id: string): string {
  if (id.length <= MAX_ID_LENGTH) return id;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 16);
  return `${id.slice(0, MAX_ID_LENGTH - 17)}~${hash}`;
}

/** The first reference and the latest ones, at most MAX_REFERENCES in all. */
export function capReferences(ids: readonly string[]): string[] {
  const kept = ids.length <= MAX_REFERENCES ? ids : [ids[0] as string, ...ids.slice(-(MAX_REFERENCES - 1))];
  return kept.map(capId);
}

/** What was cut in one message's ids, as warnings ('' when nothing was). */
export function idLimitWarnings(messageId: string | undefined, references: readonly string[]): string[] {
  const out: string[] = [];
  if (messageId !== undefined && messageId.length > MAX_ID_LENGTH)
    out.push(`Message-ID of ${messageId.length} characters cut to ${MAX_ID_LENGTH}`);
  const long = references.filter((r) => r.length > MAX_ID_LENGTH).length;
  if (references.length > MAX_REFERENCES)
    out.push(`References holds ${references.length} ids: kept the first and the last ${MAX_REFERENCES - 1}`);
  if (long > 0) out.push(`${long} id(s) in References longer than ${MAX_ID_LENGTH} characters cut`);
  return out;
}
