// Posts whose From a list rewrote to its own address count as their author's: the person I wait on, or me.
import { isMe } from '../identity';
import { listRewrittenAuthor } from '../message/list-author';
import type { Identity, MailMessage } from '../types';

/**
 * "Anna Rossi via Sales" <sales@lists.example> is Anna: her replies, her reply times and her name in the
 * greeting; my own post relayed back the same way is mine. Messages with their author's own From are
 * returned as they are.
 */
export function withListAuthors(
  messages: readonly MailMessage[],
  identity: Identity,
): readonly MailMessage[] {
  return messages.map((m) => {
    // My own From is never rewritten away: whatever a list did, what I sent is mine.
    const author = m.from && isMe(m.from.email, identity) ? null : listRewrittenAuthor(m);
    return author ? { ...m, from: author } : m;
  });
}
