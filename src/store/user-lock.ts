// Runs a write under the user lock, so two sidebars or a double click never interleave their writes.
import { LockBusyError } from './store-errors';

/** Long enough for another execution's short write, far inside the 30-second add-on callback limit. */
export const LOCK_WAIT_MS = 5000;

export function withUserLock<T>(work: () => T): T {
  const lock = LockService.getUserLock();
  let acquired: boolean;
  try {
    acquired = lock.tryLock(LOCK_WAIT_MS);
  } catch (error) {
    // waitLock throws on timeout; tryLock can too when the lock service itself is overloaded.
    throw new LockBusyError(error instanceof Error ? error.message : String(error));
  }
  if (!acquired) throw new LockBusyError('The user lock is held by another execution.');
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
