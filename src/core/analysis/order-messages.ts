// Messages in date order, the same whatever order they arrive in; undated messages keep their place.
import type { MailMessage } from '../types';
import { chainPlaces } from './reply-chain';

export interface PlacedMessage {
  readonly message: MailMessage;
  /** The instant used for ordering and counting: the Date header, or its predecessor's for undated mail. */
  readonly at: number;
}

function hasDate(m: MailMessage): boolean {
  return Number.isFinite(m.at) && m.at > 0;
}

/**
 * Dated messages are sorted by date, ties by id, so the input order never matters. A message without a
 * usable Date header has no instant of its own: it takes the instant of the dated message before it in
 * the given order (threads arrive in conversation order from Gmail and from References), or of the first
 * dated message when nothing precedes it, and sorts just after that one. Duplicate ids are kept once.
 * A reply never precedes what it answers (reply-chain.ts): a skewed clock cannot reorder a conversation.
 */
export function orderMessages(messages: readonly MailMessage[]): PlacedMessage[] {
  const seen = new Set<string>();
  const unique = messages.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
  const firstDated = unique.find(hasDate)?.at ?? 0;
  let previous = firstDated;
  const own = unique.map((message) => {
    if (hasDate(message)) previous = message.at;
    return hasDate(message) ? message.at : previous;
  });
  const chain = chainPlaces(unique, own);
  const placed = unique.map((message, position) => {
    const { at, depth } = chain[position] as { at: number; depth: number };
    return { message, at, depth, undated: !hasDate(message), position };
  });
  placed.sort(
    (a, b) =>
      a.at - b.at ||
      Number(a.undated) - Number(b.undated) ||
      a.depth - b.depth ||
      (a.undated && b.undated ? a.position - b.position : 0) ||
      (a.message.id < b.message.id ? -1 : a.message.id > b.message.id ? 1 : 0),
  );
  return placed.map(({ message, at }) => ({ message, at }));
}
