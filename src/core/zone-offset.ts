// A time zone's offset from UTC at an instant (ms), from Intl: event times, Gmail's event objects and --now.
/** The wall-clock fields of an instant in a zone, as Intl gives them (24-hour clock), plus `extra` fields. */
export function zoneParts(
  timeZone: string,
  at: number,
  extra: Intl.DateTimeFormatOptions = {},
): (type: Intl.DateTimeFormatPartTypes) => string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    ...extra,
  }).formatToParts(new Date(at));
  return (type) => parts.find((p) => p.type === type)?.value ?? '';
}

export function zoneOffsetMs(timeZone: string, at: number): number {
  const get = zoneParts(timeZone, at);
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(get(type) || 0);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** The instant of a wall-clock time ('YYYY-MM-DDTHH:MM[:SS]') in a zone; DST gaps resolve forward. */
export function wallClockToInstant(wallClock: string, timeZone: string): number {
  const guess = Date.parse(`${wallClock.length === 16 ? `${wallClock}:00` : wallClock}Z`);
  const first = guess - zoneOffsetMs(timeZone, guess);
  return guess - zoneOffsetMs(timeZone, first);
}
