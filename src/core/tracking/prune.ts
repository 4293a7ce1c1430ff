// Which tracked records to drop: closed or long-unseen threads, oldest first, never one with a reminder ahead.
import { addDays } from '../calendar-days';
import type { LocalDate } from '../types';
import { encodeRecord } from './record-codec';
import { entryBytes, PRUNE_ABOVE, PRUNE_DOWN_TO, STORE_LIMIT_BYTES, storedBytes } from './store-budget';
import { hasFutureReminder, isClosed, trackedKey, type TrackedThread } from './tracked-thread';

/** Unseen this long, a thread is stale. */
export const STALE_DAYS = 30;
/** Closed threads unseen this long, and any thread unseen for a year, go even when there is room. */
export const CLOSED_KEEP_DAYS = 90;
export const FORGET_DAYS = 365;
/** Deleting is one call per key: a single execution prunes at most this many. */
export const MAX_PRUNE_PER_RUN = 40;
/** After a refused write, at least this many go even when the byte count looks fine. */
export const FORCED_MIN = 10;

export interface PruneInput {
  readonly stored: Readonly<Record<string, string>>;
  readonly records: readonly TrackedThread[];
  readonly today: LocalDate;
  /** Bytes the pending write will add. */
  readonly incomingBytes: number;
  /** After the store refused a write: prune as if it were over the threshold. */
  readonly force?: boolean;
  readonly limitBytes?: number;
}

function prunable(record: TrackedThread, today: LocalDate): boolean {
  if (hasFutureReminder(record, today)) return false;
  return isClosed(record) || record.seenOn <= addDays(today, -STALE_DAYS);
}

function expired(record: TrackedThread, today: LocalDate): boolean {
  if (hasFutureReminder(record, today)) return false;
  const days = isClosed(record) ? CLOSED_KEEP_DAYS : FORGET_DAYS;
  return record.seenOn <= addDays(today, -days);
}

/** Closed before open, then the longest unseen. */
function byPruneOrder(a: TrackedThread, b: TrackedThread): number {
  const closed = Number(isClosed(b)) - Number(isClosed(a));
  if (closed !== 0) return closed;
  return a.seenOn < b.seenOn ? -1 : a.seenOn > b.seenOn ? 1 : a.threadId < b.threadId ? -1 : 1;
}

/** Keys to delete before the write, in order (at most MAX_PRUNE_PER_RUN). */
export function planPrune(input: PruneInput): string[] {
  const { today } = input;
  const limit = input.limitBytes ?? STORE_LIMIT_BYTES;
  let bytes = storedBytes(input.stored) + input.incomingBytes;
  const crowded = input.force === true || bytes > limit * PRUNE_ABOVE;
  const candidates = input.records.filter((r) => prunable(r, today)).sort(byPruneOrder);
  const keys: string[] = [];
  for (const record of candidates) {
    if (keys.length >= MAX_PRUNE_PER_RUN) break;
    const mustGo = expired(record, today);
    const overBudget = bytes > limit * PRUNE_DOWN_TO || (input.force === true && keys.length < FORCED_MIN);
    if (!mustGo && !(crowded && overBudget)) continue;
    const key = trackedKey(record.threadId);
    bytes -= entryBytes(key, input.stored[key] ?? encodeRecord(record));
    keys.push(key);
  }
  return keys;
}
