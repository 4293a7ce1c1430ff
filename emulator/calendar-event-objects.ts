// Calendar add-on event objects as Google documents them: commonEventObject with hostApp CALENDAR, and the
// `calendar` part (calendarId, id, organizer, capabilities, recurringEventId; with currentEventAccess READ also
// attendees and conferenceData when the event has them).
// https://developers.google.com/workspace/add-ons/concepts/event-objects#calendar_event_object
import type { CalendarState } from './calendar/calendar-state';

export interface CalendarEventContext {
  /** The real calendar id (the owner's address for a primary calendar), never the alias "primary". */
  readonly calendarId: string;
  /** Absent for a new event the user has not saved yet. */
  readonly eventId?: string;
  readonly organizer?: string;
  readonly recurringEventId?: string;
  readonly userLocale?: string;
  readonly timeZone?: string;
  /** Offset from UTC in milliseconds. */
  readonly offsetMs?: number;
  /** Google documents timeZone.offset as a string; real events carry a number too: produce both. */
  readonly offsetAsString?: boolean;
  readonly parameters?: Record<string, string>;
  readonly attendees?: readonly Record<string, unknown>[];
}

function common(ctx: CalendarEventContext, extra: Record<string, unknown> = {}) {
  const offset = ctx.offsetMs ?? 3600000;
  return {
    hostApp: 'CALENDAR',
    platform: 'WEB',
    userLocale: ctx.userLocale ?? 'it',
    timeZone: { id: ctx.timeZone ?? 'Europe/Rome', offset: ctx.offsetAsString ? String(offset) : offset },
    ...extra,
  };
}

function calendarPart(ctx: CalendarEventContext) {
  return {
    calendarId: ctx.calendarId,
    ...(ctx.eventId ? { id: ctx.eventId } : {}),
    organizer: { email: ctx.organizer ?? ctx.calendarId },
    ...(ctx.recurringEventId ? { recurringEventId: ctx.recurringEventId } : {}),
    capabilities: {
      canAddAttendees: false,
      canSeeAttendees: true,
      canSeeConferenceData: true,
      canSetConferenceData: false,
      canAddAttachments: false,
    },
    ...(ctx.attendees ? { attendees: ctx.attendees.map((a) => ({ ...a })) } : {}),
  };
}

/** eventOpenTrigger: the user opened an event in Google Calendar. */
export function calendarEventOpenEvent(ctx: CalendarEventContext) {
  return { commonEventObject: common(ctx), calendar: calendarPart(ctx), clientPlatform: 'web' };
}

/** A button click on a card shown in Calendar: the open event's part comes along, plus the parameters. */
export function calendarActionEvent(ctx: CalendarEventContext) {
  const parameters = { ...(ctx.parameters ?? {}) };
  return {
    commonEventObject: common(ctx, { parameters, formInputs: {} }),
    calendar: calendarPart(ctx),
    clientPlatform: 'web',
    parameters,
  };
}

/** The calendar id Google puts in the event object: "primary" resolved to the owner's address. */
export function realCalendarId(state: CalendarState, calendarId: string): string {
  return calendarId === 'primary' ? state.primaryId : calendarId;
}
