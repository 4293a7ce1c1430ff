// Calendars and their events behind the emulated Calendar advanced service (plain JSON resources).
import { createHash } from 'node:crypto';
import { UNKIND_PAGING, type Paging } from './list-events';
import { countryOfHolidayCalendar, publicHolidayEvents } from './public-holidays';

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
  /** Events.list pages: two events at most and empty pages between, unless a test or the bench says otherwise. */
  paging: Paging = { ...UNKIND_PAGING };

  constructor(
    readonly primaryId: string,
    readonly timeZone: string,
  ) {
    this.addCalendar(primaryId, [], primaryId);
  }

  /**
   * 'primary' is the user's own calendar, as in the REST API. A Google public holiday calendar not seeded by
   * a test is served from the date-holidays data, for the years around `year` (the emulator clock's).
   */
  resolve(calendarId: string, year?: number): StoredCalendar | undefined {
    const id = calendarId === 'primary' ? this.primaryId : calendarId;
    const known = this.calendars.get(id);
    const country =
      known || year === undefined || !this.servePublicHolidays ? null : countryOfHolidayCalendar(id);
    return country
      ? this.addCalendar(id, publicHolidayEvents(country, [year! - 1, year!, year! + 1]))
      : known;
  }

  /** Public holiday calendars are served on demand unless a test turns this off. */
  servePublicHolidays = true;

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
