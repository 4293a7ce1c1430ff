// Writes user properties. Pruning old tracked records (when the store nears its limit, or once more after a
// refused write) runs under the user lock on a fresh read of the store, so a record another sidebar has just
// written (a reminder set meanwhile) is never pruned on the strength of a stale snapshot. A value over the
// 9 KB a property may hold is never taken for a full store: it is refused alone, nothing pruned.
import { planPrune } from '../core/tracking/prune';
import { readRecords } from '../core/tracking/record-codec';
import { entryBytes, utf8Length, VALUE_LIMIT_BYTES } from '../core/tracking/store-budget';
import type { LocalDate } from '../core/types';
import { isStoreFullError, isValueTooLargeError, StoreFullError, ValueTooLargeError } from './store-errors';
import { withUserLock } from './user-lock';

export interface StoreSnapshot {
  /** Every user property, as read once by loadContext. */
  readonly stored: Readonly<Record<string, string>>;
  readonly today: LocalDate;
}

export interface StoreChanges {
  readonly set?: Readonly<Record<string, string>>;
  readonly remove?: readonly string[];
}

type Props = GoogleAppsScript.Properties.Properties;

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
  current: Readonly<Record<string, string>>,
  set: Readonly<Record<string, string>>,
  force: boolean,
): string[] {
  return planPrune({
    stored: current,
    records: readRecords(without(current, Object.keys(set))),
    today: snapshot.today,
    incomingBytes: incomingBytes(current, set),
    force,
  });
}

/** "Argument too large" concerns one value: refused before the call, and never a reason to prune. */
function checkValueSizes(set: Readonly<Record<string, string>>): void {
  for (const [key, value] of Object.entries(set)) {
    if (utf8Length(value) > VALUE_LIMIT_BYTES) {
      throw new ValueTooLargeError(`The value of ${key} is over ${VALUE_LIMIT_BYTES} bytes.`);
    }
  }
}

function setAll(props: Props, set: Readonly<Record<string, string>>): void {
  try {
    props.setProperties({ ...set });
  } catch (error) {
    if (isValueTooLargeError(error)) throw new ValueTooLargeError((error as Error).message);
    throw error;
  }
}

/** Under the user lock, on a fresh read: prunes (forced after a refused write), deletes, writes. */
function pruneAndWrite(snapshot: StoreSnapshot, changes: StoreChanges, force: boolean): string[] {
  return withUserLock(() => {
    const props = PropertiesService.getUserProperties();
    const set = changes.set ?? {};
    const fresh = without(props.getProperties(), changes.remove ?? []);
    const pruned = pruneKeys(snapshot, fresh, set, force);
    if (force && pruned.length === 0) throw new StoreFullError('Nothing can be pruned.');
    for (const key of [...(changes.remove ?? []), ...pruned]) props.deleteProperty(key);
    try {
      setAll(props, set);
    } catch (error) {
      if (isStoreFullError(error)) throw new StoreFullError((error as Error).message);
      throw error;
    }
    return pruned;
  });
}

/**
 * Returns the keys pruned to make room. `prune: false` skips the room-making before the write (a second
 * write of a value this execution already made room for), so one execution prunes at most once.
 */
export function writeProperties(
  snapshot: StoreSnapshot,
  changes: StoreChanges,
  options: { readonly prune?: boolean } = {},
): string[] {
  const props = PropertiesService.getUserProperties();
  const set = changes.set ?? {};
  checkValueSizes(set);
  const current = without(snapshot.stored, changes.remove ?? []);
  const crowded =
    options.prune !== false &&
    Object.keys(set).length > 0 &&
    pruneKeys(snapshot, current, set, false).length > 0;
  if (crowded) return pruneAndWrite(snapshot, changes, false);
  for (const key of changes.remove ?? []) props.deleteProperty(key);
  if (Object.keys(set).length === 0) return [];
  try {
    setAll(props, set);
    return [];
  } catch (error) {
    if (!isStoreFullError(error)) throw error;
    return pruneAndWrite(snapshot, { set }, true);
  }
}
