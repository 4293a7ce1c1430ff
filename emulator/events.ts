// Gmail add-on event objects as Google sends them: prefixed decimal ids, offsets in every spelling, legacy fields.
import { eventId } from './gmail/ids';

/*
 * No kinder than Google (DESIGN.md "Runtime fidelity"; "Event objects",
 * developers.google.com/workspace/add-ons/concepts/event-objects):
 * - gmail.messageId / threadId are `msg-f:<decimal>` / `thread-f:<decimal>`, never getId()'s hex;
 * - commonEventObject.timeZone.offset is a string (@types/google-apps-script: `offset: string`), a number
 *   (the reference's milliseconds) or absent: the emulator rotates through the three;
 * - dateInput.msSinceEpoch is a string (typings: `msSinceEpoch: string`);
 * - hostApp, platform and the deprecated top-level fields (messageMetadata, clientPlatform, userLocale,
 *   userTimezone with `offSet`, parameters, formInput, formInputs) come along, unused or not.
 */

export interface EventBase {
  userLocale?: string;
  timeZone?: string;
  /** Offset of timeZone from UTC in milliseconds (sent as a string, a number or not at all). */
  offsetMs?: number;
}

export interface MessageContext extends EventBase {
  /** Hex (getId()) or already in the event's `msg-f:` form. */
  messageId: string;
  threadId: string;
  accessToken?: string;
}

export type FormValue = string | string[] | { msSinceEpoch: number };

export interface ActionOptions extends EventBase {
  parameters?: Record<string, string>;
  formInputs?: Record<string, FormValue>;
  messageId?: string;
  threadId?: string;
  accessToken?: string;
}

let eventsMade = 0;

/** The three spellings Google's docs and typings allow, in turn: string, number, absent. */
function offsetField(offsetMs: number): { offset?: string | number } {
  const form = eventsMade++ % 3;
  if (form === 0) return { offset: String(offsetMs) };
  return form === 1 ? { offset: offsetMs } : {};
}

function common(base: EventBase, extra: Record<string, unknown> = {}) {
  const userLocale = base.userLocale ?? 'it';
  const timeZone = { id: base.timeZone ?? 'Europe/Rome', ...offsetField(base.offsetMs ?? 7200000) };
  return { hostApp: 'GMAIL', platform: 'WEB', userLocale, timeZone, ...extra };
}

function gmailPart(ctx: { messageId?: string; threadId?: string; accessToken?: string }) {
  if (!ctx.messageId) return {};
  const accessToken = ctx.accessToken ?? `emulator-token-${ctx.messageId}`;
  const messageId = eventId('msg', ctx.messageId);
  const threadId = ctx.threadId ? eventId('thread', ctx.threadId) : '';
  return {
    gmail: { messageId, threadId, accessToken },
    // Deprecated Gmail add-on field: the hex id and the token, without the thread.
    messageMetadata: { messageId: ctx.messageId, accessToken },
  };
}

function legacy(base: EventBase) {
  return {
    clientPlatform: 'web',
    userLocale: base.userLocale ?? 'it',
    userCountry: '',
    userTimezone: { id: base.timeZone ?? 'Europe/Rome', offSet: String(base.offsetMs ?? 7200000) },
  };
}

export function contextualEvent(ctx: MessageContext) {
  return { commonEventObject: common(ctx), ...gmailPart(ctx), ...legacy(ctx) };
}

export function homepageEvent(base: EventBase = {}) {
  return { commonEventObject: common(base), ...legacy(base) };
}

function formInputOf(value: FormValue) {
  if (typeof value === 'object' && !Array.isArray(value))
    return { dateInput: { msSinceEpoch: String(value.msSinceEpoch) } };
  return { stringInputs: { value: Array.isArray(value) ? [...value] : [value] } };
}

const flat = (v: FormValue): string | string[] =>
  typeof v === 'object' && !Array.isArray(v) ? String(v.msSinceEpoch) : v;

/** A button click: parameters from the Action, form values keyed by widget name. */
export function actionEvent(options: ActionOptions = {}) {
  const parameters = { ...(options.parameters ?? {}) };
  const inputs = Object.entries(options.formInputs ?? {});
  const formInputs = Object.fromEntries(inputs.map(([k, v]) => [k, formInputOf(v)]));
  const first = (v: string | string[]) => (Array.isArray(v) ? (v[0] ?? '') : v);
  return {
    commonEventObject: common(options, { parameters, formInputs }),
    ...gmailPart(options),
    ...legacy(options),
    parameters,
    formInput: Object.fromEntries(inputs.map(([k, v]) => [k, first(flat(v))])),
    formInputs: Object.fromEntries(inputs.map(([k, v]) => [k, ([] as string[]).concat(flat(v))])),
  };
}
