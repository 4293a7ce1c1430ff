// List posts by people in my thread: answers when they reach a list or a person I wrote to, or me.
import { idsIn } from '../message/message-ids';
import { isListRelayed } from '../message/list-relay';
import { isMe } from '../identity';
import type { Identity } from '../types';
import type { AnnotatedMessage } from './annotate-messages';

function recipientsOf(m: AnnotatedMessage): string[] {
  return [...m.message.to, ...m.message.cc].map((p) => p.email);
}

function answered(m: AnnotatedMessage): string[] {
  return [...idsIn(m.message.headers['in-reply-to']), ...idsIn(m.message.headers['references'])];
}

/** The post is linked to mine by the reply chain: I answered it, or it answers one of my messages. */
function chainedToMine(m: AnnotatedMessage, mine: readonly AnnotatedMessage[]): boolean {
  const id = idsIn(m.message.headers['message-id'])[0];
  const myIds = new Set(mine.flatMap((x) => idsIn(x.message.headers['message-id'])));
  return (
    (id !== undefined && mine.some((x) => answered(x).includes(id))) || answered(m).some((a) => myIds.has(a))
  );
}

/**
 * A person posting through a list is a person (`client`), but a post to a list I never wrote to, not
 * addressed to me and not linked to my messages by In-Reply-To/References, answers someone else's
 * conversation: it is kept as `bulk` (not a reply to wait on).
 * Only threads where I wrote apply: otherwise there is no conversation of mine to compare with.
 */
export function withListReplies(messages: AnnotatedMessage[], identity: Identity): AnnotatedMessage[] {
  const mine = messages.filter((m) => m.kind === 'me');
  if (mine.length === 0) return messages;
  // Built at the first list post: most threads have none.
  let wroteTo: Set<string> | undefined;
  return messages.map((m) => {
    if (m.kind !== 'client' || !isListRelayed(m.message)) return m;
    const wrote = (wroteTo ??= new Set(mine.flatMap(recipientsOf)));
    const recipients = recipientsOf(m);
    if (recipients.some((r) => isMe(r, identity) || wrote.has(r)) || chainedToMine(m, mine)) return m;
    return { ...m, kind: 'bulk', text: '' };
  });
}
