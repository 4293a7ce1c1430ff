// The person behind a post whose From a mailing list rewrote to its own address (DMARC mitigation).
import { parseMailbox } from '../addresses';
import { isListRelayed } from './list-relay';
import type { MailMessage, Party } from '../types';

/** The list's own mailboxes: List-Post's mailto (RFC 2369) and the Sender mailbox (RFC 5322 §3.6.2). */
function listMailboxes(msg: MailMessage): Set<string> {
  const boxes = new Set<string>();
  for (const m of (msg.headers['list-post'] ?? '').matchAll(/mailto:([^>?,\s]+)/gi))
    boxes.add((m[1] as string).toLowerCase());
  const sender = parseMailbox(msg.headers['sender'] ?? '');
  if (sender) boxes.add(sender.email);
  return boxes;
}

/** "'Anna Rossi' via Sales" → "Anna Rossi": the display name Mailman, Google Groups and Sympa write. */
const VIA = /^\s*['"]?(.+?)['"]?\s+via\s+\S/i;

const sameName = (a: string, b: string): boolean =>
  a.replace(/['"]/g, '').replace(/\s+/g, ' ').trim().toLowerCase() === b.toLowerCase();

/**
 * The author of a post a list rewrote, from two signs together: the list's own address in From and its
 * "Name via List" display name (a person named "Giulia Verdi Via Roma" keeps her From). The list names the
 * author's address in X-Original-From (Google Groups, Mailman 3) or in a Reply-To that carries the same
 * name (Mailman 2.1, Sympa; a list's own reply address carries the list's name). The name is the one
 * before "via": the adapters decode From's display name, not X-Original-From. null otherwise.
 */
export function listRewrittenAuthor(msg: MailMessage): Party | null {
  const from = msg.from;
  const name = VIA.exec(from?.name ?? '')?.[1]?.trim() ?? '';
  if (!from || name === '' || !isListRelayed(msg)) return null;
  const lists = listMailboxes(msg);
  if (!lists.has(from.email)) return null;
  const replyTo = msg.replyTo.length === 1 ? msg.replyTo[0] : undefined;
  const email =
    parseMailbox(msg.headers['x-original-from'] ?? '')?.email ??
    (replyTo && sameName(replyTo.name, name) ? replyTo.email : undefined);
  return email === undefined || lists.has(email) || email === from.email ? null : { email, name };
}
