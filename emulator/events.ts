// Gmail add-on event objects as Google documents them, with the legacy top-level fields too.

export interface EventBase {
  userLocale?: string;
  timeZone?: string;
  /** Offset of timeZone from UTC in milliseconds, as Google sends it. */
  offsetMs?: number;
}

export interface MessageContext extends EventBase {
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

function common(base: EventBase, extra: Record<string, unknown> = {}) {
  const userLocale = base.userLocale ?? 'it';
  const timeZone = { id: base.timeZone ?? 'Europe/Rome', offset: base.offsetMs ?? 7200000 };
  return { hostApp: 'GMAIL', platform: 'WEB', userLocale, timeZone, ...extra };
}

function gmailPart(ctx: { messageId?: string; threadId?: string; accessToken?: string }) {
  if (!ctx.messageId) return {};
  const accessToken = ctx.accessToken ?? `emulator-token-${ctx.messageId}`;
  const ids = { messageId: ctx.messageId, threadId: ctx.threadId ?? '', accessToken };
  return { gmail: ids, messageMetadata: ids };
}

function legacy(base: EventBase) {
  return {
    userLocale: base.userLocale ?? 'it',
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
    return { dateInput: { msSinceEpoch: value.msSinceEpoch } };
  return { stringInputs: { value: Array.isArray(value) ? [...value] : [value] } };
}

/** A button click: parameters from the Action, form values keyed by widget name. */
export function actionEvent(options: ActionOptions = {}) {
  const parameters = { ...(options.parameters ?? {}) };
  const inputs = Object.entries(options.formInputs ?? {});
  const formInputs = Object.fromEntries(inputs.map(([k, v]) => [k, formInputOf(v)]));
  const flat = (v: FormValue) => (typeof v === 'object' && !Array.isArray(v) ? String(v.msSinceEpoch) : v);
  return {
    commonEventObject: common(options, { parameters, formInputs }),
    ...gmailPart(options),
    ...legacy(options),
    parameters,
    formInput: Object.fromEntries(inputs.map(([k, v]) => [k, Array.isArray(flat(v)) ? flat(v)[0] : flat(v)])),
    formInputs: Object.fromEntries(inputs.map(([k, v]) => [k, Array.isArray(flat(v)) ? flat(v) : [flat(v)]])),
  };
}
