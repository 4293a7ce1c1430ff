// Answers come after what they answer: In-Reply-To/References win over a sender's skewed clock.
import { idsIn } from '../message/message-ids';
import type { MailMessage } from '../types';

/** About the last twenty Message-IDs of References. */
const NEAREST_REFERENCES_CHARS = 2000;

function ownId(m: MailMessage): string {
  return idsIn(m.headers['message-id'])[0] ?? '';
}

export interface ChainPlace {
  /** Never earlier than the latest message it answers (a reply cannot precede its question). */
  readonly at: number;
  /** How many answered messages precede it in the chain: breaks ties at the same instant. */
  readonly depth: number;
}

/**
 * For each message, the instant and depth it takes in the reply chain: when B answers A (by In-Reply-To or
 * References) but B's Date is earlier, B moves to A's instant, one step deeper, so every rule (state,
 * waiting since, reply delays) sees B after A. `at` holds each message's own instant.
 */
export function chainPlaces(messages: readonly MailMessage[], at: readonly number[]): ChainPlace[] {
  const index = new Map<string, number>();
  messages.forEach((m, i) => {
    const id = ownId(m);
    if (id !== '' && !index.has(id)) index.set(id, i);
  });
  const parents = messages.map((m) => {
    // References lists every ancestor, oldest first: the nearest ones carry the chain (older ones are reached
    // through them), and reading all of them makes a long thread quadratic.
    const references = m.headers['references'] ?? '';
    const ids = [...idsIn(m.headers['in-reply-to']), ...idsIn(references.slice(-NEAREST_REFERENCES_CHARS))];
    return [...new Set(ids.map((id) => index.get(id)).filter((i): i is number => i !== undefined))];
  });
  const places: (ChainPlace | undefined)[] = [];
  const visiting = new Set<number>();
  const placeOf = (i: number): ChainPlace => {
    const known = places[i];
    if (known !== undefined) return known;
    if (visiting.has(i)) return { at: at[i] as number, depth: 0 }; // a References loop: ignore it
    visiting.add(i);
    let place: ChainPlace = { at: at[i] as number, depth: 0 };
    for (const p of parents[i] as number[]) {
      if (p === i) continue;
      const parent = placeOf(p);
      place = { at: Math.max(place.at, parent.at), depth: Math.max(place.depth, parent.depth + 1) };
    }
    visiting.delete(i);
    places[i] = place;
    return place;
  };
  return messages.map((_, i) => placeOf(i));
}
