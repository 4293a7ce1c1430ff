// Failures of the user's store that the handlers turn into clear messages (nothing stored is lost).

/** Another execution of this user (a second sidebar, a double click) holds the user lock. */
export class LockBusyError extends Error {
  override readonly name = 'LockBusyError';
}

/** The 500 KB user-properties store refused a write even after pruning. */
export class StoreFullError extends Error {
  override readonly name = 'StoreFullError';
}

/** Apps Script's messages for a full store or an oversized value. */
export function isStoreFullError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /property storage quota|Argument too large/i.test(message);
}
