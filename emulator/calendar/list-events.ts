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

export function listEvents(calendar: StoredCalendar, args: ListArgs) {
  const all = [...calendar.events.values()].filter((e) => matches(e, args, calendar.timeZone));
  if (args.orderBy === 'startTime') {
    all.sort(
      (a, b) =>
        (instantOf(a['start'], calendar.timeZone) ?? 0) - (instantOf(b['start'], calendar.timeZone) ?? 0),
    );
  } else if (args.orderBy === 'updated') {
    all.sort((a, b) => String(a['updated']).localeCompare(String(b['updated'])));
  }
  const size = Math.min(Math.max(args.maxResults ?? 250, 1), 2500);
  const from = args.pageToken ? Number(args.pageToken) : 0;
  const items = all.slice(from, from + size);
  const next = from + size < all.length ? String(from + size) : undefined;
  return {
    kind: 'calendar#events',
    summary: calendar.summary,
    timeZone: calendar.timeZone,
    items,
    ...(next !== undefined ? { nextPageToken: next } : {}),
  };
}
