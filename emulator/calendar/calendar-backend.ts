// What every emulated Calendar call shares: call counting, Google's JSON errors, lookups and timestamps.
import { jsonResponseError } from '../errors';
import { toRealm } from '../realm';
import { invoke, type Runtime } from '../runtime';
import type { CalendarState, EventResource, StoredCalendar } from './calendar-state';

export class CalendarBackend {
  constructor(
    readonly rt: Runtime,
    readonly state: CalendarState,
  ) {}

  /** One remote call, named like the REST method in errors ("calendar.events.insert"). */
  call<T>(method: string, work: (api: string) => T): T {
    return invoke(this.rt, `Calendar.${method}`, 'remote', () =>
      toRealm(this.rt.realm, work(`calendar.${method.toLowerCase()}`)),
    );
  }

  fail(api: string, code: number, message: string, reason: string): Error {
    return jsonResponseError(this.rt.realm, api, code, message, reason);
  }

  calendarOf(api: string, id: string): StoredCalendar {
    const calendar = this.state.resolve(String(id), new Date(this.rt.clock.now).getUTCFullYear());
    if (!calendar) throw this.fail(api, 404, 'Not Found', 'notFound');
    return calendar;
  }

  eventOf(api: string, calendarId: string, eventId: string): EventResource {
    const event = this.calendarOf(api, calendarId).events.get(String(eventId));
    if (!event) throw this.fail(api, 404, 'Not Found', 'notFound');
    return event;
  }

  stamp(): string {
    return new Date(this.rt.clock.now).toISOString();
  }
}
