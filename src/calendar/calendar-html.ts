// Calendar reads an event's description as HTML: text that may come from an email (names, subjects, the
// suggested text quoting them) is escaped so no markup or link can reach the user's calendar.
import type { ReminderEventResource } from '../core/tracking/reminder-event';
import { escapeHtml } from '../ui/escape-html';

/** The description is plain text written by the add-on: every character that HTML reads is escaped. */
export function calendarHtml(text: string): string {
  return escapeHtml(text);
}

/**
 * The title is shown as text, where an entity would show as typed: angle brackets become look-alike
 * guillemets (as in card headers), so a title can never carry a tag to a surface that reads HTML.
 */
export function calendarTitle(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›');
}

export function forCalendar(resource: ReminderEventResource): ReminderEventResource {
  return {
    ...resource,
    summary: calendarTitle(resource.summary),
    description: calendarHtml(resource.description),
  };
}
