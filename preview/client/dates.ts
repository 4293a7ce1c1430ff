// Dates on the page, shown in the preview's time zone (the emulator's), not the browser's.

export function shortWhen(ms: number, now: number, timeZone: string): string {
  const day = (t: number) => new Date(t).toLocaleDateString('en-CA', { timeZone });
  if (day(ms) === day(now))
    return new Date(ms).toLocaleTimeString('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' });
  const sameYear = day(ms).slice(0, 4) === day(now).slice(0, 4);
  return new Date(ms).toLocaleDateString('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}

export function longWhen(ms: number, timeZone: string): string {
  return new Date(ms).toLocaleString('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

const dayLabel = (date: string): string =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });

/**
 * An event start as "Mon, 23 Nov 2026, 09:30". A dateTime without an offset is wall time in the event's own
 * time zone (the API's start.timeZone), so it is shown as written rather than converted.
 */
export function eventWhen(start: string, timeZone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(start)) return dayLabel(start);
  const wall = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?$/.exec(start);
  if (wall) return `${dayLabel(wall[1] as string)}, ${wall[2]}`;
  const ms = Date.parse(start);
  return Number.isNaN(ms) ? start : longWhen(ms, timeZone);
}
