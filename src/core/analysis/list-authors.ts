// Posts whose From a list rewrote to its own address count as their author's: the person I wait on, or me.
import { listRewrittenAuthor } from '../message/list-relay';
import type { MailMessage } from '../types';

/**
 * "Anna Rossi via Sales" <sales@lists.example> is Anna: her replies, her reply times and her name in the
 * greeting; my own post relayed back the same way is mine. Messages with their author's own From are
 * returned as they are.
 */
export function withListAuthors(messages: readonly MailMessage[]): readonly MailMessage[] {
  return messages.map((m) => {
    const author = listRewrittenAuthor(m);
    return author ? { ...m, from: author } : m;
  });
}
