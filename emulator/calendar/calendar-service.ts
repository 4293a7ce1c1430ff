// The Calendar advanced service (v3): Events insert/get/list/patch/remove, Calendars.get, CalendarList.list.
import { invoke, type Runtime } from '../runtime';
import { CalendarBackend } from './calendar-backend';
import type { CalendarState, EventResource } from './calendar-state';
import { listEvents, parsePageToken, type ListArgs } from './list-events';

type Json = Record<string, unknown>;

/** Recursive merge of plain objects, arrays replaced: the REST API's patch semantics. */
function merge(target: Json, patch: Json): Json {
  const out: Json = { ...target };
  for (const [k, v] of Object.entries(patch)) {
    const old = out[k];
    const bothObjects = v && old && typeof v === 'object' && typeof old === 'object' && !Array.isArray(v);
    out[k] = bothObjects ? merge(old as Json, v as Json) : structuredClone(v);
  }
  return out;
}

function insertEvent(b: CalendarBackend, api: string, resource: Json, calendarId: string): EventResource {
  const calendar = b.calendarOf(api, calendarId);
  if (!resource?.['start']) throw b.fail(api, 400, 'Missing start time.', 'required');
  if (!resource['end']) throw b.fail(api, 400, 'Missing end time.', 'required');
  const id = typeof resource['id'] === 'string' ? resource['id'] : b.state.newEventId();
  if (calendar.events.has(id))
    throw b.fail(api, 409, 'The requested identifier already exists.', 'duplicate');
  const event = {
    eventType: 'default',
    ...structuredClone(resource),
    id,
    status: 'confirmed',
    created: b.stamp(),
    updated: b.stamp(),
    htmlLink: `https://www.google.com/calendar/event?eid=${id}`,
  } as EventResource;
  calendar.events.set(id, event);
  return event;
}

function listChecked(b: CalendarBackend, api: string, calendarId: string, args: ListArgs) {
  const calendar = b.calendarOf(api, calendarId);
  if (args.orderBy === 'startTime' && args.singleEvents !== true) {
    throw b.fail(api, 400, 'The requested ordering is not available for the particular query.', 'badRequest');
  }
  const cursor = parsePageToken(args.pageToken, b.state.paging);
  if (!cursor) throw b.fail(api, 400, 'Invalid Value', 'invalid');
  return listEvents(calendar, args, b.state.paging, cursor);
}

function patchEvent(b: CalendarBackend, api: string, resource: Json, calendarId: string, eventId: string) {
  const event = b.eventOf(api, calendarId, eventId);
  const next = { ...merge(event, resource), id: event.id, updated: b.stamp() } as unknown as EventResource;
  b.calendarOf(api, calendarId).events.set(event.id, next);
  return next;
}

/**
 * Events.move changes the event's organizer calendar and keeps its id: the source no longer lists it. Only
 * default events can be moved ("Note that only default events can be moved", Events: move reference).
 */
function moveEvent(
  b: CalendarBackend,
  api: string,
  calendarId: string,
  eventId: string,
  destination: string,
) {
  const event = b.eventOf(api, calendarId, eventId);
  const target = b.calendarOf(api, destination);
  if (event.status === 'cancelled') throw b.fail(api, 404, 'Not Found', 'notFound');
  if ((event['eventType'] ?? 'default') !== 'default') {
    throw b.fail(api, 400, 'This event type cannot be moved.', 'eventTypeRestriction');
  }
  const moved = { ...event, organizer: { email: target.id, self: true }, updated: b.stamp() };
  b.calendarOf(api, calendarId).events.delete(event.id);
  target.events.set(event.id, moved);
  return moved;
}

/** A deleted event stays, cancelled: Google answers 410 to a second delete. */
function removeEvent(b: CalendarBackend, calendarId: string, eventId: string): void {
  const api = 'calendar.events.remove';
  const event = b.eventOf(api, calendarId, eventId);
  if (event.status === 'cancelled') throw b.fail(api, 410, 'Resource has been deleted', 'deleted');
  event.status = 'cancelled';
  event['updated'] = b.stamp();
}

function calendarListOf(state: CalendarState) {
  return {
    kind: 'calendar#calendarList',
    items: [...state.calendars.values()].map((c) => ({
      kind: 'calendar#calendarListEntry',
      id: c.id,
      summary: c.summary,
      timeZone: c.timeZone,
      primary: c.id === state.primaryId,
      accessRole: c.id === state.primaryId ? 'owner' : 'reader',
    })),
  };
}

export function createCalendarService(rt: Runtime, state: CalendarState) {
  const b = new CalendarBackend(rt, state);
  const Events = {
    insert: (resource: Json, calendarId: string, _optionalArgs?: Json) =>
      b.call('Events.insert', (api) => insertEvent(b, api, resource, calendarId)),
    get: (calendarId: string, eventId: string) =>
      b.call('Events.get', (api) => b.eventOf(api, calendarId, eventId)),
    list: (calendarId: string, optionalArgs?: ListArgs) =>
      b.call('Events.list', (api) => listChecked(b, api, calendarId, optionalArgs ?? {})),
    patch: (resource: Json, calendarId: string, eventId: string) =>
      b.call('Events.patch', (api) => patchEvent(b, api, resource, calendarId, eventId)),
    move: (calendarId: string, eventId: string, destination: string) =>
      b.call('Events.move', (api) => moveEvent(b, api, calendarId, eventId, destination)),
    // remove answers nothing (void), so it skips the realm conversion of call().
    remove: (calendarId: string, eventId: string) =>
      invoke(rt, 'Calendar.Events.remove', 'remote', () => removeEvent(b, calendarId, eventId)),
  };
  const Calendars = {
    get: (calendarId: string) =>
      b.call('Calendars.get', (api) => {
        const c = b.calendarOf(api, calendarId);
        return { kind: 'calendar#calendar', id: c.id, summary: c.summary, timeZone: c.timeZone };
      }),
  };
  const CalendarList = {
    list: (_optionalArgs?: Json) => b.call('CalendarList.list', () => calendarListOf(state)),
  };
  return { Events, Calendars, CalendarList };
}
