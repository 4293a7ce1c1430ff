// Tracked-thread records in user properties: read from the execution's snapshot, written only when changed.
import { decodeRecord, encodeRecord } from '../core/tracking/record-codec';
import { STOPPED, trackedKey, type TrackedThread } from '../core/tracking/tracked-thread';
import { writeProperties, type StoreSnapshot } from './property-writer';

export function storedRecord(
  stored: Readonly<Record<string, string>>,
  threadId: string,
): TrackedThread | null {
  const key = trackedKey(threadId);
  const value = stored[key];
  return value === undefined ? null : decodeRecord(key, value);
}

/** True when the stored value differs from the record (so opening an unchanged thread writes nothing). */
export function recordChanged(stored: Readonly<Record<string, string>>, record: TrackedThread): boolean {
  return stored[trackedKey(record.threadId)] !== encodeRecord(record);
}

/**
 * Call under the user lock. `extra` (e.g. the holiday cache) is written in the same call. Returns false
 * when there was nothing to write.
 */
export function saveRecord(
  snapshot: StoreSnapshot,
  record: TrackedThread,
  extra: Readonly<Record<string, string>> = {},
): boolean {
  const own = recordChanged(snapshot.stored, record)
    ? { [trackedKey(record.threadId)]: encodeRecord(record) }
    : {};
  const set = { ...extra, ...own };
  if (Object.keys(set).length === 0) return false;
  writeProperties(snapshot, { set });
  return true;
}

/** True after "Stop tracking this thread" (until a reminder is set on it again). */
export function isStopped(stored: Readonly<Record<string, string>>, threadId: string): boolean {
  return stored[trackedKey(threadId)] === STOPPED;
}

/** Call under the user lock: replaces the record by the one-byte "stopped" mark. */
export function stopTracking(snapshot: StoreSnapshot, threadId: string): void {
  writeProperties(snapshot, { set: { [trackedKey(threadId)]: STOPPED } });
}
