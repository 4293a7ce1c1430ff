// The Calendar part of an add-on event object: which event is open. Google documents `calendar.calendarId`
// and `calendar.id` (the event id), plus organizer, recurringEventId, capabilities and, with
// currentEventAccess READ, attendees and conferenceData; only the two ids are used here.
// https://developers.google.com/workspace/add-ons/concepts/event-objects#calendar_event_object
import * as z from '../core/schema';

const ID = /^[\w.@#%+=:-]{1,1024}$/;

let schema: ReturnType<typeof buildSchema> | undefined;

function buildSchema() {
  // Loose objects: Google adds fields (attendees, conferenceData, capabilities.canAddAttachments…) over time.
  return z.object({
    calendar: z.optional(
      z.looseObject({
        calendarId: z.optional(z.string()),
        id: z.optional(z.string()),
        recurringEventId: z.optional(z.string()),
      }),
    ),
  });
}

export interface OpenEventIds {
  readonly calendarId: string;
  readonly eventId: string;
}

/**
 * The open event's ids, or null (no Calendar part: another host; no id: a new event not saved yet). Card
 * buttons carry the ids as parameters `c` and `v`, so a click on a card keeps acting on the event it showed.
 */
export function openEventIds(
  raw: unknown,
  parameters: Readonly<Record<string, string>>,
): OpenEventIds | null {
  schema ??= buildSchema();
  const parsed = schema.safeParse(raw ?? {});
  const calendar = parsed.success ? parsed.data.calendar : undefined;
  const calendarId = parameters['c'] ?? calendar?.calendarId ?? '';
  const eventId = parameters['v'] ?? calendar?.id ?? '';
  return ID.test(calendarId) && ID.test(eventId) ? { calendarId, eventId } : null;
}
