// Classifies Calendar advanced-service failures (GoogleJsonResponseException) by what the user can do.

export type CalendarFailure = 'quota' | 'not-found' | 'gone' | 'other';

/** Advanced services throw with `details.code` (HTTP status) and a "failed with error" message. */
export function calendarFailure(error: unknown): CalendarFailure {
  const details = (error as { details?: { code?: unknown; errors?: { reason?: unknown }[] } } | null)
    ?.details;
  const code = typeof details?.code === 'number' ? details.code : null;
  const reason = String(details?.errors?.[0]?.reason ?? '');
  const message = error instanceof Error ? error.message : String(error);
  if (code === 404 || /\bNot Found\b/i.test(message)) return 'not-found';
  if (code === 410 || /has been deleted/i.test(message)) return 'gone';
  if (
    code === 429 ||
    /rateLimitExceeded|quotaExceeded|usageLimits/.test(reason) ||
    /Rate Limit|quota|too many times/i.test(message)
  ) {
    return 'quota';
  }
  if (code === 403 && /limit/i.test(message)) return 'quota';
  return 'other';
}

/** A Calendar failure the handlers explain: which kind, and the calendar involved. */
export class CalendarError extends Error {
  override readonly name = 'CalendarError';
  constructor(
    readonly failure: CalendarFailure,
    readonly calendarId: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

export function asCalendarError(error: unknown, calendarId: string): CalendarError {
  return error instanceof CalendarError
    ? error
    : new CalendarError(calendarFailure(error), calendarId, error);
}
