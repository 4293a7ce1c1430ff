// Encodes a tracked thread as a short JSON array (dates as day numbers and offsets) and decodes it defensively.
import { addDays, daysBetween } from '../calendar-days';
import type { Language, LocalDate, Stage, ThreadState, Tone } from '../types';
import {
  clip,
  MAX_DELAYS,
  NAME_MAX,
  SUBJECT_MAX,
  TRACKED_PREFIX,
  type TrackedThread,
} from './tracked-thread';

const FORMAT = 2;
/**
 * Bounds that keep every record far under the 9 KB a property value may hold ("Argument too large"): an
 * address longer than RFC 5321's 254 characters is not an address, Calendar ids are at most 1024.
 */
const EMAIL_MAX = 254;
const EVENT_ID_MAX = 1024;
const CALENDAR_ID_MAX = 254;
const EPOCH: LocalDate = '1970-01-01';
const STATES: Readonly<Record<ThreadState, string>> = {
  'awaiting-client': 'c',
  'awaiting-me': 'm',
  settled: 's',
  'no-client': 'n',
};
const STAGES: Readonly<Record<Stage, string>> = {
  wait: 'w',
  'check-in': 'i',
  'change-channel': 'h',
  'close-the-loop': 'l',
  rest: 'r',
  reply: 'y',
};
const LANGUAGES: readonly Language[] = ['it', 'en', 'es', 'fr', 'de'];

const invert = <K extends string>(map: Readonly<Record<K, string>>): Map<string, K> =>
  new Map(Object.entries(map).map(([k, v]) => [v as string, k as K]));
const STATE_OF = invert(STATES);
const STAGE_OF = invert(STAGES);

/** Day number since 1970-01-01; 0 stands for "no date" (that day is never a real thread date). */
export function dayNumber(date: LocalDate | null): number {
  return date === null ? 0 : daysBetween(EPOCH, date);
}

export function dateOfDay(day: unknown): LocalDate | null {
  return typeof day === 'number' && Number.isInteger(day) && day > 0 && day < 200_000
    ? addDays(EPOCH, day)
    : null;
}

/** Other dates are stored as day offsets from the seen date: short numbers, null when absent. */
function offset(date: LocalDate | null, seenDay: number): number | null {
  return date === null ? null : dayNumber(date) - seenDay;
}

function dateAt(value: unknown, seenDay: number): LocalDate | null {
  return typeof value === 'number' && Number.isInteger(value) ? dateOfDay(seenDay + value) : null;
}

/**
 * State, stage, language and tone in one short code: "chit" = awaiting-client, change-channel, Italian,
 * warm; "chitf" the same in the formal tone (records written before tones were kept have no fifth letter).
 */
function codesOf(record: TrackedThread): string {
  const stage = record.stage === null ? '-' : STAGES[record.stage];
  // A trailing "b": my last message bounced (the homepage's "Delivery problems").
  const flags = `${record.tone === 'formal' ? 'f' : ''}${record.undelivered ? 'b' : ''}`;
  return `${STATES[record.state]}${stage}${record.language}${flags}`;
}

export function encodeRecord(record: TrackedThread): string {
  const seenDay = dayNumber(record.seenOn);
  const row: unknown[] = [
    FORMAT,
    clip(record.clientEmail, EMAIL_MAX),
    clip(record.clientName, NAME_MAX),
    clip(record.subject, SUBJECT_MAX),
    codesOf(record),
    seenDay,
    offset(record.since, seenDay),
    offset(record.lastMineOn, seenDay),
    offset(record.nextOn, seenDay),
    offset(record.reminderOn, seenDay),
    clip(record.eventId, EVENT_ID_MAX),
  ];
  const delays = record.delaysHours.slice(-MAX_DELAYS).map((h) => Math.max(0, Math.round(h)));
  const calendars = (record.calendars ?? []).map((id) => clip(id, CALENDAR_ID_MAX)).join(' ');
  const time = record.reminderTime ?? null;
  const still = record.stillWaitingAt;
  // Optional tail, each field present when it or a later one is: delays, calendars, time, still waiting.
  if (delays.length > 0 || calendars !== '' || time !== null || still !== null) row.push(delays);
  if (calendars !== '' || time !== null || still !== null) row.push(calendars);
  if (time !== null || still !== null) row.push(time);
  if (still !== null) row.push(still);
  return JSON.stringify(row);
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function parseRow(value: string): unknown[] | null {
  try {
    const row: unknown = JSON.parse(value);
    return Array.isArray(row) && row[0] === FORMAT && row.length >= 11 ? row : null;
  } catch {
    return null;
  }
}

function delaysOf(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((h): h is number => typeof h === 'number' && Number.isFinite(h) && h >= 0)
    .slice(-MAX_DELAYS);
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function optionalFields(row: unknown[]): Pick<TrackedThread, 'calendars' | 'reminderTime'> {
  const calendars = (str(row[12]) ?? '').split(' ').filter(Boolean);
  const time = str(row[13]);
  return {
    ...(calendars.length > 0 ? { calendars } : {}),
    ...(time !== null && TIME.test(time) ? { reminderTime: time } : {}),
  };
}

function countOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** null for anything that is not a well-formed record (a damaged value never breaks a handler). */
export function decodeRecord(key: string, value: string): TrackedThread | null {
  const row = key.startsWith(TRACKED_PREFIX) ? parseRow(value) : null;
  if (!row) return null;
  const [, email, name, subject, codes, seen, since, lastMine, next, reminder, eventId] = row;
  const code = str(codes) ?? '';
  const state = STATE_OF.get(code.charAt(0));
  const seenOn = dateOfDay(seen);
  const language = LANGUAGES.find((l) => l === code.slice(2, 4));
  const tone: Tone = code.slice(4).includes('f') ? 'formal' : 'warm';
  if (!state || !seenOn || !language || str(email) === null || str(eventId) === null) return null;
  const seenDay = seen as number;
  return {
    threadId: key.slice(TRACKED_PREFIX.length),
    clientEmail: str(email) ?? '',
    clientName: str(name) ?? '',
    subject: str(subject) ?? '',
    state,
    stage: STAGE_OF.get(code.charAt(1)) ?? null,
    since: dateAt(since, seenDay),
    lastMineOn: dateAt(lastMine, seenDay),
    nextOn: dateAt(next, seenDay),
    reminderOn: dateAt(reminder, seenDay),
    eventId: str(eventId) ?? '',
    language,
    tone,
    ...(code.slice(4).includes('b') ? { undelivered: true } : {}),
    delaysHours: delaysOf(row[11]),
    stillWaitingAt: countOf(row[14]),
    seenOn,
    ...optionalFields(row),
  };
}

/** Every decodable record among the stored properties (other keys are ignored). */
export function readRecords(stored: Readonly<Record<string, string>>): TrackedThread[] {
  const out: TrackedThread[] = [];
  for (const key of Object.keys(stored)) {
    if (!key.startsWith(TRACKED_PREFIX)) continue;
    const record = decodeRecord(key, stored[key] ?? '');
    if (record) out.push(record);
  }
  return out;
}
