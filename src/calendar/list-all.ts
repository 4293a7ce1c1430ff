// Events.list through every page: Google may answer short or even empty pages while nextPageToken is set.
import { eventsApi } from './events-api';

type Event = GoogleAppsScript.Calendar.Schema.Event;
type ListArgs = Record<string, unknown>;

/**
 * Pages read per listing at most: each page is a round trip, and an add-on callback has 30 seconds. Reaching
 * it is logged (never silent) and reported as `complete: false`.
 */
export const MAX_PAGES = 40;

export interface Listing {
  readonly items: Event[];
  /** False when the page cap stopped the read before the last page. */
  readonly complete: boolean;
  readonly pages: number;
}

/**
 * Reference, Events.list `maxResults`: "The number of events in the resulting page may be less than this
 * value, or none at all, even if there are more events matching the query. Incomplete pages can be detected
 * by a non-empty nextPageToken field in the response." So only a page without a token ends the listing.
 */
export function listAllEvents(calendarId: string, args: ListArgs, maxPages = MAX_PAGES): Listing {
  const api = eventsApi();
  const items: Event[] = [];
  let pageToken: string | undefined;
  for (let pages = 1; ; pages += 1) {
    const page = api.list(calendarId, pageToken === undefined ? args : { ...args, pageToken });
    items.push(...(page.items ?? []));
    pageToken = page.nextPageToken || undefined;
    if (pageToken === undefined) return { items, complete: true, pages };
    if (pages >= maxPages) {
      console.warn(
        `Calendar ${calendarId}: stopped after ${pages} pages of events (cap ${maxPages}); ` +
          `${items.length} events read, more remain.`,
      );
      return { items, complete: false, pages };
    }
  }
}
