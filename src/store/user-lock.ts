// Runs a write under the user lock, so two sidebars or a double click never interleave their writes.
import { LockBusyError } from './store-errors';

/** Long enough for another execution's short write, far inside the 30-second add-on callback limit. */
export const LOCK_WAIT_MS = 5000;

/** Depth of withUserLock calls in this execution: a nested call runs under the lock already held. */
let depth = 0;

export function withUserLock<T>(work: () => T): T {
  if (depth > 0) return work();
  const lock = LockService.getUserLock();
  let acquired: boolean;
  try {
    acquired = lock.tryLock(LOCK_WAIT_MS);
  } catch (error) {
    // waitLock throws on timeout; tryLock can too when the lock service itself is overloaded.
    throw new LockBusyError(error instanceof Error ? error.message : String(error));
  }
  if (!acquired) throw new LockBusyError('The user lock is held by another execution.');
  depth += 1;
  try {
    return work();
  } finally {
    depth -= 1;
    lock.releaseLock();
  }
}
