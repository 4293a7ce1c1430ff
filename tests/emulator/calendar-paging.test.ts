// The emulated Events.list pages like Google at its least kind: short pages, empty pages with a token.
import { createEmulator } from '../../emulator';
import { TYPICAL_PAGING } from '../../emulator/calendar/list-events';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const event = (n: number) => ({
  summary: `Event ${n}`,
  start: { dateTime: `2024-05-${String(10 + n).padStart(2, '0')}T09:00:00+02:00` },
  end: { dateTime: `2024-05-${String(10 + n).padStart(2, '0')}T09:15:00+02:00` },
});

function seeded(count: number) {
  const emulator = createEmulator();
  const Calendar = emulator.globals.Calendar as Any;
  for (let n = 0; n < count; n += 1) Calendar.Events.insert(event(n), 'primary');
  return { emulator, Calendar };
}

function allPages(Calendar: Any, args: Record<string, unknown> = {}) {
  const pages: Any[] = [];
  let pageToken: string | undefined;
  do {
    const page = Calendar.Events.list('primary', pageToken ? { ...args, pageToken } : args);
    pages.push(page);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return pages;
}

describe('emulated Events.list paging', () => {
  it('serves two events a page with an empty page and a nextPageToken between full pages', () => {
    const { Calendar } = seeded(5);
    const sizes = allPages(Calendar).map((p) => p.items.length);
    expect(sizes).toEqual([2, 0, 2, 0, 1]);
  });

  it('respects a maxResults smaller than its page size', () => {
    const { Calendar } = seeded(3);
    expect(allPages(Calendar, { maxResults: 1 }).map((p) => p.items.length)).toEqual([1, 0, 1, 0, 1]);
  });

  it('can answer an empty first page with a token, even when nothing matches', () => {
    const { emulator, Calendar } = seeded(0);
    emulator.calendar.paging = { ...emulator.calendar.paging, emptyFirst: true };
    const first = Calendar.Events.list('primary', {});
    expect(first.items).toEqual([]);
    expect(first.nextPageToken).toEqual(expect.any(String));
    expect(Calendar.Events.list('primary', { pageToken: first.nextPageToken }).nextPageToken).toBeUndefined();
  });

  it('serves every event exactly once across the pages', () => {
    const { Calendar } = seeded(7);
    const summaries = allPages(Calendar).flatMap((p) => p.items.map((e: Any) => e.summary));
    expect(summaries.sort()).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => `Event ${n}`));
  });

  it('pages up to maxResults when a test asks for the typical answer', () => {
    const { emulator, Calendar } = seeded(5);
    emulator.calendar.paging = { ...TYPICAL_PAGING };
    expect(allPages(Calendar).map((p) => p.items.length)).toEqual([5]);
  });

  it('refuses a page token it never issued with Google’s 400 Invalid Value', () => {
    const { Calendar } = seeded(1);
    expect(() => Calendar.Events.list('primary', { pageToken: 'forged' })).toThrow(
      'API call to calendar.events.list failed with error: Invalid Value',
    );
  });
});
