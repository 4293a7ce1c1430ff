// A time zone's offset from UTC at an instant (ms), from Intl: event times, Gmail's event objects and --now.
export function zoneOffsetMs(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** The instant of a wall-clock time ('YYYY-MM-DDTHH:MM[:SS]') in a zone; DST gaps resolve forward. */
export function wallClockToInstant(wallClock: string, timeZone: string): number {
  const guess = Date.parse(`${wallClock.length === 16 ? `${wallClock}:00` : wallClock}Z`);
  const first = guess - zoneOffsetMs(timeZone, guess);
  return guess - zoneOffsetMs(timeZone, first);
}
