// Reads what a handler returned (a card, cards, or an action response) into steps the page applies.
import { arr, obj, str, type Card, type Json } from './card-json';

export type Navigation =
  | { readonly kind: 'root'; readonly cards: readonly Card[] }
  | { readonly kind: 'push'; readonly card: Card }
  | { readonly kind: 'update'; readonly card: Card }
  | { readonly kind: 'pop' }
  | { readonly kind: 'pop-to-root' }
  | { readonly kind: 'pop-to'; readonly name: string };

export interface HandlerOutcome {
  readonly navigations: readonly Navigation[];
  readonly notification: string | null;
  readonly openUrl: string | null;
  /** A compose action answered with this draft. */
  readonly draftId: string | null;
}

const isCard = (json: Json): boolean => Array.isArray(json['sections']) || json['header'] !== undefined;

function readNavigation(raw: unknown): Navigation | null {
  const n = obj(raw);
  if (n['pushCard'] !== undefined) return { kind: 'push', card: obj(n['pushCard']) };
  if (n['updateCard'] !== undefined) return { kind: 'update', card: obj(n['updateCard']) };
  if (n['popToRoot']) return { kind: 'pop-to-root' };
  if (n['popCard']) return { kind: 'pop' };
  if (typeof n['popToCard'] === 'string') return { kind: 'pop-to', name: n['popToCard'] };
  return null;
}

/** The first value of a key anywhere in the JSON (compose responses nest the draft id deeply). */
function findKey(json: unknown, key: string): unknown {
  if (json === null || typeof json !== 'object') return undefined;
  if (!Array.isArray(json) && key in json) return (json as Json)[key];
  for (const value of Object.values(json as Json)) {
    const found = findKey(value, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

export function readOutcome(raw: unknown): HandlerOutcome {
  const empty = { navigations: [], notification: null, openUrl: null, draftId: null };
  if (Array.isArray(raw)) return { ...empty, navigations: [{ kind: 'root', cards: raw.map(obj) }] };
  const json = obj(raw);
  if (isCard(json)) return { ...empty, navigations: [{ kind: 'root', cards: [json] }] };
  const action = obj(obj(json['renderActions'])['action'] ?? json['action']);
  const navigations = arr(action['navigations'])
    .map(readNavigation)
    .filter((n): n is Navigation => n !== null);
  // UniversalActionResponse.displayAddOnCards: cards shown on top of the current stack.
  for (const card of arr(json['cards'] ?? action['cards']))
    navigations.push({ kind: 'push', card: obj(card) });
  const notification = str(obj(action['notification'])['text']) || null;
  const openUrl = str(obj(action['link'])['url']) || str(obj(action['openLink'])['url']) || null;
  const draftId = findKey(json, 'draftId');
  return { navigations, notification, openUrl, draftId: typeof draftId === 'string' ? draftId : null };
}

/** The card stack after the navigations, in order; the root card is never popped. */
export function applyNavigations(stack: readonly Card[], navigations: readonly Navigation[]): Card[] {
  let next = [...stack];
  for (const n of navigations) {
    if (n.kind === 'root') next = [...n.cards];
    else if (n.kind === 'push') next.push(n.card);
    else if (n.kind === 'update') next = [...next.slice(0, -1), n.card];
    else if (n.kind === 'pop') next = next.length > 1 ? next.slice(0, -1) : next;
    else if (n.kind === 'pop-to-root') next = next.slice(0, 1);
    else {
      const at = next.map((c) => c.name).lastIndexOf(n.name);
      if (at >= 0) next = next.slice(0, at + 1);
    }
  }
  return next;
}
