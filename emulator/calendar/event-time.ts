// Instants of an event's start and end: dateTime as written, all-day dates at midnight in the calendar's zone.

function offsetMs(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(ms));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

export function midnightIn(date: string, timeZone: string): number {
  const guess = Date.parse(`${date}T00:00:00Z`);
  return guess - offsetMs(guess, timeZone);
}

export function instantOf(time: unknown, timeZone: string): number | null {
  if (!time || typeof time !== 'object') return null;
  const t = time as { dateTime?: unknown; date?: unknown };
  if (typeof t.dateTime === 'string') return Date.parse(t.dateTime);
  if (typeof t.date === 'string') return midnightIn(t.date, timeZone);
  return null;
}
