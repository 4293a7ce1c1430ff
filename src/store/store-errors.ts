// Failures of the user's store that the handlers turn into clear messages (nothing stored is lost).

/** Another execution of this user (a second sidebar, a double click) holds the user lock. */
export class LockBusyError extends Error {
  override readonly name = 'LockBusyError';
}

/** The 500 KB user-properties store refused a write even after pruning. */
export class StoreFullError extends Error {
  override readonly name = 'StoreFullError';
}

/** One value over the 9 KB a property may hold: nothing to do with how full the store is. */
export class ValueTooLargeError extends Error {
  override readonly name = 'ValueTooLargeError';
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Apps Script's message for a full store (500 KB per user). */
export function isStoreFullError(error: unknown): boolean {
  return /property storage quota/i.test(messageOf(error));
}

/** Apps Script's message for a single value over 9 KB ("Argument too large: value"). */
export function isValueTooLargeError(error: unknown): boolean {
  return /Argument too large/i.test(messageOf(error));
}
