// Turns the failures reminders and saves can meet (Calendar quota or missing calendar, a busy lock, a full
// store) into a clear message in the user's language; anything else stays an error for run-handler.
import { trackingText } from '../core/tracking/tracking-text';
import { CalendarError } from '../calendar/calendar-errors';
import { reminderText } from '../core/tracking/reminder-when';
import { LockBusyError, StoreFullError, ValueTooLargeError } from '../store/store-errors';
import type { HandlerContext } from './context';

export function failureMessage(error: unknown, context: Pick<HandlerContext, 'language'>): string | null {
  const t = trackingText(context.language).errors;
  if (error instanceof LockBusyError) return t.lock;
  if (error instanceof StoreFullError) return t.storeFull;
  if (error instanceof ValueTooLargeError) return reminderText(context.language).tooLarge;
  if (!(error instanceof CalendarError)) return null;
  if (error.failure === 'quota') return t.quota;
  if (error.failure === 'not-found') return t.calendarMissing(error.calendarId);
  return t.calendar;
}

/** Runs `work`; a known failure becomes its message (logged), an unknown one is thrown on. */
export function storeFailureMessage(
  context: Pick<HandlerContext, 'language'>,
  work: () => void,
): string | null {
  try {
    work();
    return null;
  } catch (error) {
    const message = failureMessage(error, context);
    if (message === null) throw error;
    console.warn(`${(error as Error).name}: ${(error as Error).message}`);
    return message;
  }
}
