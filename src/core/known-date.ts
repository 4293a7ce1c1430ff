// Instants the add-on can reason about: a Date header before 1970 or after 9999 is a forgery or a typo.

/** The last millisecond of year 9999 UTC: later dates do not survive a round trip through ISO strings. */
export const LATEST_KNOWN_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * The instant when it lies within 1970-9999, else 0, which the core reads as "date unknown" (see
 * order-messages: such a message takes its neighbour's place instead of crashing date arithmetic).
 */
export function knownInstant(ms: number): number {
  return Number.isFinite(ms) && ms > 0 && ms <= LATEST_KNOWN_INSTANT ? ms : 0;
}
