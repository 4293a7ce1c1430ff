// The parts of Google's card JSON the preview reads (see ../shared/reference/google-card.schema.json).
export type Json = Record<string, unknown>;

export interface CardAction {
  readonly function: string;
  readonly parameters: Readonly<Record<string, string>>;
  /** Set for setComposeAction: the handler answers with a draft to open. */
  readonly composedEmailType?: string;
}

export interface Card {
  readonly name?: string;
  readonly header?: Json;
  readonly sections?: readonly Json[];
  readonly fixedFooter?: Json;
}

export const obj = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
export const arr = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
export const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Action parameters come as [{ key, value }] in card JSON; a plain map is accepted too. */
export function readAction(raw: unknown): CardAction | null {
  const json = obj(raw);
  const name = str(json['function']);
  if (!name) return null;
  const parameters: Record<string, string> = {};
  const params = json['parameters'];
  if (Array.isArray(params)) {
    for (const p of params) parameters[str(obj(p)['key'])] = str(obj(p)['value']);
  } else {
    for (const [k, v] of Object.entries(obj(params))) parameters[k] = str(v);
  }
  const composed = str(json['composedEmailType']);
  return { function: name, parameters, ...(composed ? { composedEmailType: composed } : {}) };
}

export type Click =
  { readonly kind: 'action'; readonly action: CardAction } | { readonly kind: 'link'; readonly url: string };

/** onClick: an action, a dynamic-link action, or an open link. */
export function readClick(raw: unknown): Click | null {
  const json = obj(raw);
  const action = readAction(json['action']) ?? readAction(json['openDynamicLinkAction']);
  if (action) return { kind: 'action', action };
  const url = str(obj(json['openLink'])['url']);
  return url ? { kind: 'link', url } : null;
}
