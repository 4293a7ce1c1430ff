// Calendars and their events behind the emulated Calendar advanced service (plain JSON resources).
import { createHash } from 'node:crypto';

export type EventResource = Record<string, unknown> & { id: string; status: string };

export interface StoredCalendar {
  readonly id: string;
  readonly summary: string;
  readonly timeZone: string;
  readonly events: Map<string, EventResource>;
}

export class CalendarState {
  readonly calendars = new Map<string, StoredCalendar>();
  private counter = 0;

  constructor(
    readonly primaryId: string,
    readonly timeZone: string,
  ) {
    this.addCalendar(primaryId, [], primaryId);
  }

  /** 'primary' is the user's own calendar, as in the REST API. */
  resolve(calendarId: string): StoredCalendar | undefined {
    return this.calendars.get(calendarId === 'primary' ? this.primaryId : calendarId);
  }

  /** Seeds a calendar, e.g. the public holiday calendar en.italian#holiday@group.v.calendar.google.com. */
  addCalendar(id: string, events: readonly Record<string, unknown>[], summary = id): StoredCalendar {
    const calendar: StoredCalendar = { id, summary, timeZone: this.timeZone, events: new Map() };
    this.calendars.set(id, calendar);
    for (const e of events) {
      const id = typeof e['id'] === 'string' ? e['id'] : this.newEventId();
      calendar.events.set(id, { status: 'confirmed', eventType: 'default', ...structuredClone(e), id });
    }
    return calendar;
  }

  /** Event ids use base32hex characters (a-v, 0-9), as the API requires. */
  newEventId(): string {
    this.counter += 1;
    const hex = createHash('sha256').update(`event:${this.counter}`).digest('hex');
    return BigInt('0x' + hex.slice(0, 25))
      .toString(32)
      .padStart(20, '0');
  }

  /** The user deleting an event in the Calendar UI: it stays readable with status 'cancelled'. */
  deleteByHand(calendarId: string, eventId: string): void {
    const event = this.resolve(calendarId)?.events.get(eventId);
    if (!event) throw new Error(`no event ${eventId} in ${calendarId}`);
    event.status = 'cancelled';
  }

  /** Every event, deleted ones included, for test assertions. */
  allEvents(calendarId = 'primary'): EventResource[] {
    return [...(this.resolve(calendarId)?.events.values() ?? [])];
  }
}
