// Calendar.Events.list filtering: private extended properties, time window, event types, deleted, paging.
import type { EventResource, StoredCalendar } from './calendar-state';
import { instantOf } from './event-time';

export interface ListArgs {
  privateExtendedProperty?: string | string[];
  timeMin?: string;
  timeMax?: string;
  singleEvents?: boolean;
  orderBy?: 'startTime' | 'updated';
  eventTypes?: string | string[];
  showDeleted?: boolean;
  maxResults?: number;
  pageToken?: string;
  q?: string;
}

/**
 * How the emulator pages results. Google's reference for Events.list `maxResults`: "The number of events in
 * the resulting page may be less than this value, or none at all, even if there are more events matching
 * the query. Incomplete pages can be detected by a non-empty nextPageToken field in the response." So by
 * default pages hold at most two events and an empty page (with a nextPageToken) sits between full ones.
 */
export interface Paging {
  /** Events per page at most (also bounded by maxResults); Infinity serves up to maxResults, as is typical. */
  pageSize: number;
  /** An empty page with a nextPageToken between two pages of events. */
  emptyBetween: boolean;
  /** The first page is empty too (with a nextPageToken), even when nothing matches. */
  emptyFirst: boolean;
}

export const UNKIND_PAGING: Paging = { pageSize: 2, emptyBetween: true, emptyFirst: false };
/** What Google typically answers for small result sets: everything up to maxResults in one page. */
export const TYPICAL_PAGING: Paging = { pageSize: Infinity, emptyBetween: false, emptyFirst: false };

const asList = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

function matches(e: EventResource, args: ListArgs, timeZone: string): boolean {
  if (e.status === 'cancelled' && args.showDeleted !== true) return false;
  const priv = (e['extendedProperties'] as { private?: Record<string, string> } | undefined)?.private ?? {};
  for (const pair of asList(args.privateExtendedProperty)) {
    const [key, ...rest] = pair.split('=');
    if (priv[key!] !== rest.join('=')) return false;
  }
  const types = asList(args.eventTypes);
  if (types.length > 0 && !types.includes(String(e['eventType'] ?? 'default'))) return false;
  const start = instantOf(e['start'], timeZone);
  const end = instantOf(e['end'], timeZone) ?? start;
  // The API keeps events that overlap [timeMin, timeMax): end after timeMin, start before timeMax.
  if (args.timeMin && end !== null && end <= Date.parse(args.timeMin)) return false;
  if (args.timeMax && start !== null && start >= Date.parse(args.timeMax)) return false;
  if (
    args.q &&
    !JSON.stringify([e['summary'], e['description']]).toLowerCase().includes(args.q.toLowerCase())
  ) {
    return false;
  }
  return true;
}

/** Opaque-looking tokens: "e<offset>" is an empty page before the events from <offset>, "p<offset>" a page. */
interface Cursor {
  readonly offset: number;
  readonly empty: boolean;
}

/** null for a token this emulator never issued (Google answers 400 "Invalid Value"). */
export function parsePageToken(token: string | undefined, paging: Paging): Cursor | null {
  if (token === undefined || token === '') return { offset: 0, empty: paging.emptyFirst };
  const match = /^([ep])(\d+)$/.exec(String(token));
  return match ? { offset: Number(match[2]), empty: match[1] === 'e' } : null;
}

function sorted(all: EventResource[], args: ListArgs, timeZone: string): EventResource[] {
  if (args.orderBy === 'startTime') {
    all.sort((a, b) => (instantOf(a['start'], timeZone) ?? 0) - (instantOf(b['start'], timeZone) ?? 0));
  } else if (args.orderBy === 'updated') {
    all.sort((a, b) => String(a['updated']).localeCompare(String(b['updated'])));
  }
  return all;
}

export function listEvents(calendar: StoredCalendar, args: ListArgs, paging: Paging, cursor: Cursor) {
  const all = sorted(
    [...calendar.events.values()].filter((e) => matches(e, args, calendar.timeZone)),
    args,
    calendar.timeZone,
  );
  // "The page size can never be larger than 2500 events" (Events.list, maxResults).
  const size = Math.min(Math.max(args.maxResults ?? 250, 1), 2500, paging.pageSize);
  const from = cursor.offset;
  const items = cursor.empty ? [] : all.slice(from, from + size);
  const to = from + items.length;
  const next = cursor.empty
    ? `p${from}`
    : to < all.length
      ? `${paging.emptyBetween ? 'e' : 'p'}${to}`
      : undefined;
  return {
    kind: 'calendar#events',
    summary: calendar.summary,
    timeZone: calendar.timeZone,
    items,
    ...(next !== undefined ? { nextPageToken: next } : {}),
  };
}
