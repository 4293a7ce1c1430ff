// Reads the add-on event object at the boundary into plain data the handlers can trust, whatever its shape.
import { canonicalGmailId } from '../core/gmail-ids';

/*
 * Google documents the event ("Event objects", developers.google.com/workspace/add-ons/concepts/event-objects)
 * and its typings disagree on details, so every documented spelling is accepted and unused fields ignored:
 * - commonEventObject.timeZone.offset: "offset: string" in @types/google-apps-script, milliseconds as a number
 *   in the reference; absent on some clients. This add-on never reads it (the zone id is what it needs).
 * - gmail.messageId / threadId: `msg-f:<decimal>` / `thread-f:<decimal>` in events, hex from getId().
 * - formInputs: `{stringInputs: {value: [...]}}`, `{dateInput: {msSinceEpoch: "…"}}` (a string in the
 *   typings), dateTimeInput, and the Rhino wrapper `{"": {...}}`.
 * - The deprecated Gmail add-on fields (top-level messageMetadata, userLocale, userTimezone {id, offSet},
 *   parameters, formInput, formInputs as `{name: [values]}`, clientPlatform) fill in what
 *   commonEventObject / gmail lack.
 */

export interface AddonEvent {
  readonly locale: string;
  readonly timeZone: string;
  readonly parameters: Readonly<Record<string, string>>;
  /** Text and selection inputs by name. */
  readonly inputs: Readonly<Record<string, readonly string[]>>;
  /** Date picker values by name, epoch ms (UTC midnight of the chosen day). */
  readonly dates: Readonly<Record<string, number>>;
  readonly gmail: {
    /** As the event sent it (getMessageById accepts both spellings). */
    readonly messageId: string;
    /** Canonical hex, the form getId() returns and records are keyed by; '' when the event had none. */
    readonly threadId: string;
    readonly accessToken: string;
  } | null;
}

type Json = Readonly<Record<string, unknown>>;

const objectOf = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

function textsOf(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.map(textOf).filter((v): v is string => v !== undefined);
  const single = textOf(value);
  return single === undefined ? undefined : [single];
}

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(objectOf(value))) {
    const text = textOf(raw);
    if (text !== undefined) out[key] = text;
  }
  return out;
}

function epochOf(value: unknown): number | undefined {
  const text = textOf(value);
  const ms = text === undefined || text.trim() === '' ? NaN : Number(text);
  return Number.isFinite(ms) ? ms : undefined;
}

interface Inputs {
  inputs: Record<string, string[]>;
  dates: Record<string, number>;
}

/** One widget's value in commonEventObject.formInputs (V8 shape, or Rhino's `{"": {...}}`). */
function readInput(name: string, raw: unknown, out: Inputs): void {
  const outer = objectOf(raw);
  const input = '' in outer ? objectOf(outer['']) : outer;
  const values = textsOf(objectOf(input['stringInputs'])['value']);
  if (values) out.inputs[name] = values;
  const date = epochOf(objectOf(input['dateInput'])['msSinceEpoch']);
  const dateTime = epochOf(objectOf(input['dateTimeInput'])['msSinceEpoch']);
  if (date !== undefined) out.dates[name] = date;
  else if (dateTime !== undefined) out.dates[name] = dateTime;
}

/** The legacy top-level `formInputs` ({name: [values]}) and `formInput` ({name: value}). */
function readLegacyInputs(event: Json, out: Inputs): void {
  const legacy = { ...objectOf(event['formInput']), ...objectOf(event['formInputs']) };
  for (const [name, raw] of Object.entries(legacy)) {
    if (name in out.inputs || name in out.dates) continue;
    const date = epochOf(objectOf(raw)['msSinceEpoch']);
    const values = textsOf(raw);
    if (date !== undefined) out.dates[name] = date;
    else if (values) out.inputs[name] = values;
  }
}

function readInputs(event: Json, common: Json): Inputs {
  const out: Inputs = { inputs: {}, dates: {} };
  for (const [name, raw] of Object.entries(objectOf(common['formInputs']))) readInput(name, raw, out);
  readLegacyInputs(event, out);
  return out;
}

function readGmail(event: Json): AddonEvent['gmail'] {
  const current = objectOf(event['gmail']);
  const legacy = objectOf(event['messageMetadata']);
  const pick = (key: string) => textOf(current[key]) || textOf(legacy[key]) || '';
  const messageId = pick('messageId').trim();
  const accessToken = pick('accessToken');
  if (messageId === '' || accessToken === '') return null;
  const threadId = pick('threadId');
  return { messageId, threadId: threadId ? canonicalGmailId(threadId) : '', accessToken };
}

/** `fallbackTimeZone` is the script's zone, used when the event names none (older clients). */
export function parseEvent(raw: unknown, fallbackTimeZone: string): AddonEvent {
  const event = objectOf(raw);
  const common = objectOf(event['commonEventObject']);
  const zone = textOf(objectOf(common['timeZone'])['id']) || textOf(objectOf(event['userTimezone'])['id']);
  const parameters = { ...stringRecord(event['parameters']), ...stringRecord(common['parameters']) };
  return {
    locale: textOf(common['userLocale']) || textOf(event['userLocale']) || 'en',
    timeZone: zone || fallbackTimeZone,
    parameters,
    ...readInputs(event, common),
    gmail: readGmail(event),
  };
}
