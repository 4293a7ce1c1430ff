// One rounding for a typical reply time, so the fact row and the reason never disagree on the same card.

/** Whole days, rounded up ("1.2 days" is "within 2 days"), at least 1. */
export function wholeReplyDays(days: number): number {
  return Math.max(1, Math.ceil(days));
}
