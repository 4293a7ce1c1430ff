// Shared pieces of the CardService builders: the JSON each builder holds, and click-behaviour rules.
import { exception } from '../errors';
import type { Runtime } from '../runtime';

export type Json = Record<string, unknown>;

/** Every builder exposes its JSON under this key; the add-on never sees it by name. */
export const JSON_OF = Symbol.for('follow-up-coach.emulator.json');

export interface HasJson {
  [JSON_OF](): Json;
}

export function jsonOf(rt: Runtime, value: unknown, what: string): Json {
  const fn = (value as Partial<HasJson> | null)?.[JSON_OF];
  if (typeof fn !== 'function') throw exception(rt.realm, `Invalid argument: ${what}`);
  return fn.call(value);
}

/** The state shared by one emulator's CardService instances. */
export interface CardRegistry {
  readonly functionNames: Set<string>;
}

/** Builder methods that store one argument as one JSON field. */
export function fieldSetters<T extends object>(self: T, json: Json, fields: Record<string, string>) {
  const setters: Record<string, (value: unknown) => T> = {};
  for (const [method, field] of Object.entries(fields)) {
    setters[method] = (value: unknown) => {
      json[field] = value;
      return self;
    };
  }
  return setters;
}

/**
 * setOnClickAction / setOpenLink / setOnClickOpenLinkAction / setComposeAction / setAuthorizationAction:
 * a widget takes exactly one of them, a second one throws as the real service does.
 */
export function clickSetters<T extends object>(rt: Runtime, self: T, json: Json) {
  const once = (onClick: Json): T => {
    if (json['onClick'] !== undefined) {
      throw exception(
        rt.realm,
        'A widget can have only one click behaviour (action, open link or compose action).',
      );
    }
    json['onClick'] = onClick;
    return self;
  };
  return {
    setOnClickAction: (action: unknown) => once({ action: jsonOf(rt, action, 'action') }),
    setOnClickOpenLinkAction: (action: unknown) =>
      once({ openDynamicLinkAction: jsonOf(rt, action, 'action') }),
    setOpenLink: (openLink: unknown) => once({ openLink: jsonOf(rt, openLink, 'openLink') }),
    setComposeAction: (action: unknown, composedEmailType: string) =>
      once({ action: { ...jsonOf(rt, action, 'action'), composedEmailType: String(composedEmailType) } }),
    setAuthorizationAction: (authorizationAction: unknown) =>
      once({ openLink: { url: String((authorizationAction as { url?: unknown })?.url ?? '') } }),
  };
}

/** '#1a73e8' -> { red, green, blue } in 0..1, the card JSON's colour form. */
export function colorOf(hex: string): Json {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return { red: 0, green: 0, blue: 0 };
  return {
    red: parseInt(m[1]!, 16) / 255,
    green: parseInt(m[2]!, 16) / 255,
    blue: parseInt(m[3]!, 16) / 255,
  };
}
