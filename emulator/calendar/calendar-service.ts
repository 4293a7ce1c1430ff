// The Calendar advanced service (v3): Events insert/get/list/patch/remove, Calendars.get, CalendarList.list.
import { jsonResponseError } from '../errors';
import { toRealm } from '../realm';
import { invoke, type Runtime } from '../runtime';
import type { CalendarState, EventResource, StoredCalendar } from './calendar-state';
import { listEvents, type ListArgs } from './list-events';

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

export function createCalendarService(rt: Runtime, state: CalendarState) {
  const call = <T>(method: string, work: (api: string) => T): T =>
    invoke(rt, `Calendar.${method}`, 'remote', () =>
      toRealm(rt.realm, work(`calendar.${method.toLowerCase()}`)),
    );
  const fail = (api: string, code: number, message: string, reason: string) =>
    jsonResponseError(rt.realm, api, code, message, reason);
  const calendarOf = (api: string, id: string): StoredCalendar => {
    const calendar = state.resolve(String(id));
    if (!calendar) throw fail(api, 404, 'Not Found', 'notFound');
    return calendar;
  };
  const eventOf = (api: string, calendarId: string, eventId: string): EventResource => {
    const event = calendarOf(api, calendarId).events.get(String(eventId));
    if (!event) throw fail(api, 404, 'Not Found', 'notFound');
    return event;
  };
  const stamp = () => new Date(rt.clock.now).toISOString();

  const Events = {
    insert: (resource: Json, calendarId: string, _optionalArgs?: Json) =>
      call('Events.insert', (api) => {
        const calendar = calendarOf(api, calendarId);
        if (!resource?.['start']) throw fail(api, 400, 'Missing start time.', 'required');
        if (!resource['end']) throw fail(api, 400, 'Missing end time.', 'required');
        const id = typeof resource['id'] === 'string' ? resource['id'] : state.newEventId();
        if (calendar.events.has(id))
          throw fail(api, 409, 'The requested identifier already exists.', 'duplicate');
        const event = {
          eventType: 'default',
          ...structuredClone(resource),
          id,
          status: 'confirmed',
          created: stamp(),
          updated: stamp(),
          htmlLink: `https://www.google.com/calendar/event?eid=${id}`,
        } as EventResource;
        calendar.events.set(id, event);
        return event;
      }),
    get: (calendarId: string, eventId: string) =>
      call('Events.get', (api) => eventOf(api, calendarId, eventId)),
    list: (calendarId: string, optionalArgs?: ListArgs) =>
      call('Events.list', (api) => {
        const calendar = calendarOf(api, calendarId);
        if (optionalArgs?.orderBy === 'startTime' && optionalArgs.singleEvents !== true) {
          throw fail(
            api,
            400,
            'The requested ordering is not available for the particular query.',
            'badRequest',
          );
        }
        return listEvents(calendar, optionalArgs ?? {});
      }),
    patch: (resource: Json, calendarId: string, eventId: string) =>
      call('Events.patch', (api) => {
        const calendar = calendarOf(api, calendarId);
        const event = eventOf(api, calendarId, eventId);
        const next = {
          ...merge(event, resource),
          id: event.id,
          updated: stamp(),
        } as unknown as EventResource;
        calendar.events.set(event.id, next);
        return next;
      }),
    remove: (calendarId: string, eventId: string) =>
      invoke(rt, 'Calendar.Events.remove', 'remote', () => {
        const event = eventOf('calendar.events.remove', calendarId, eventId);
        if (event.status === 'cancelled')
          throw fail('calendar.events.remove', 410, 'Resource has been deleted', 'deleted');
        event.status = 'cancelled';
        event['updated'] = stamp();
      }),
  };
  const Calendars = {
    get: (calendarId: string) =>
      call('Calendars.get', (api) => {
        const c = calendarOf(api, calendarId);
        return { kind: 'calendar#calendar', id: c.id, summary: c.summary, timeZone: c.timeZone };
      }),
  };
  const CalendarList = {
    list: (_optionalArgs?: Json) =>
      call('CalendarList.list', () => ({
        kind: 'calendar#calendarList',
        items: [...state.calendars.values()].map((c) => ({
          kind: 'calendar#calendarListEntry',
          id: c.id,
          summary: c.summary,
          timeZone: c.timeZone,
          primary: c.id === state.primaryId,
          accessRole: c.id === state.primaryId ? 'owner' : 'reader',
        })),
      })),
  };
  return { Events, Calendars, CalendarList };
}
