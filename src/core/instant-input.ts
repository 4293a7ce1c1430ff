// Reads a moment typed by a person (`--now`): a calendar date means its midnight in the user's time zone.
import { zoneOffsetMs } from './zone-offset';

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** The instant a wall-clock time (as UTC fields) names in a zone; a time in a DST gap moves forward. */
function wallClockInZone(wallAsUtc: number, timeZone: string): number {
  const first = wallAsUtc - zoneOffsetMs(timeZone, wallAsUtc);
  return wallAsUtc - zoneOffsetMs(timeZone, first);
}

function writtenOffsetMs(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/**
 * Epoch ms of "2026-11-23" (midnight in `timeZone`), "2026-11-23T10:00" (wall clock in `timeZone`) or
 * "2026-11-23T10:00:00+01:00" (as written); null for anything else, including impossible dates such as
 * 2000-02-30 or 24:00 (which Date.parse would quietly roll over).
 */
export function parseInstant(text: string, timeZone: string): number | null {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', s = '0', ms = '0'] = m.slice(1, 8).map((v) => v ?? undefined);
  const fields = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = fields;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, Number(ms.padEnd(3, '0')));
  const check = new Date(wall);
  const exact =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!exact || year < 1970) return null;
  const zone = m[8];
  return zone === undefined ? wallClockInZone(wall, timeZone) : wall - writtenOffsetMs(zone);
}
