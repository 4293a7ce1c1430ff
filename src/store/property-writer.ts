// Writes user properties from the snapshot read at the start of the execution: prunes old tracked
// records when the store nears its limit, and once more (then retries) when a write is refused.
import { planPrune } from '../core/tracking/prune';
import { readRecords } from '../core/tracking/record-codec';
import { entryBytes } from '../core/tracking/store-budget';
import type { LocalDate } from '../core/types';
import { isStoreFullError, StoreFullError } from './store-errors';

export interface StoreSnapshot {
  /** Every user property, as read once by loadContext. */
  readonly stored: Readonly<Record<string, string>>;
  readonly today: LocalDate;
}

export interface StoreChanges {
  readonly set?: Readonly<Record<string, string>>;
  readonly remove?: readonly string[];
}

function without(stored: Readonly<Record<string, string>>, keys: Iterable<string>): Record<string, string> {
  const out = { ...stored };
  for (const key of keys) delete out[key];
  return out;
}

function incomingBytes(
  stored: Readonly<Record<string, string>>,
  set: Readonly<Record<string, string>>,
): number {
  return Object.entries(set).reduce(
    (sum, [key, value]) =>
      sum + entryBytes(key, value) - (key in stored ? entryBytes(key, stored[key] ?? '') : 0),
    0,
  );
}

/** Keys pruning may take: never one being written now. */
function pruneKeys(
  snapshot: StoreSnapshot,
  current: Record<string, string>,
  set: Readonly<Record<string, string>>,
  force: boolean,
): string[] {
  const candidates = without(current, Object.keys(set));
  return planPrune({
    stored: current,
    records: readRecords(candidates),
    today: snapshot.today,
    incomingBytes: incomingBytes(current, set),
    force,
  });
}

/** Call under the user lock. Returns the keys pruned to make room. */
export function writeProperties(snapshot: StoreSnapshot, changes: StoreChanges): string[] {
  const props = PropertiesService.getUserProperties();
  const set = changes.set ?? {};
  let current = without(snapshot.stored, changes.remove ?? []);
  const pruned = Object.keys(set).length > 0 ? pruneKeys(snapshot, current, set, false) : [];
  for (const key of [...(changes.remove ?? []), ...pruned]) props.deleteProperty(key);
  if (Object.keys(set).length === 0) return pruned;
  current = without(current, pruned);
  try {
    props.setProperties({ ...set });
    return pruned;
  } catch (error) {
    if (!isStoreFullError(error)) throw error;
    const more = pruneKeys(snapshot, current, set, true);
    if (more.length === 0) throw new StoreFullError((error as Error).message);
    for (const key of more) props.deleteProperty(key);
    try {
      props.setProperties({ ...set });
    } catch (retryError) {
      if (isStoreFullError(retryError)) throw new StoreFullError((retryError as Error).message);
      throw retryError;
    }
    return [...pruned, ...more];
  }
}
