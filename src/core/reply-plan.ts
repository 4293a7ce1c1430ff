// Whom "Reply with this" answers and who is copied: never an address of mine in To or Cc.
import { isMe } from './identity';
import type { Identity, MailMessage, Party, ThreadAnalysis, ThreadData } from './types';

export interface ReplyPlan {
  /** The message the draft replies to (its Gmail id). */
  readonly messageId: string;
  /** Who Gmail will put in To when replying to that message (shown to the user, never set by us). */
  readonly to: readonly string[];
  /** Everyone else on that message, none of them me: passed as createDraftReply's `cc` option. */
  readonly cc: readonly string[];
}

const lower = (email: string) => email.trim().toLowerCase();

/**
 * GmailMessage.createDraftReply has no `to` option: Gmail addresses a reply to somebody else's message to its
 * Reply-To (else From), and a reply to my own message to that message's To. So the target decides To:
 * - the client's latest real message, else my own latest one, sent from my primary address or a declared
 *   alias (Gmail knows both as me); a colleague's message is never the target, since Gmail would address
 *   the colleague;
 * - Cc is computed here, not left to reply-all, which would copy my aliases and my colleagues: everybody
 *   else on the target's To and Cc, minus me (isMe: primary, aliases, colleagues when they count as me).
 * Auto-replies and bounces are never targets: their senders are programs.
 */
export function planReply(
  thread: ThreadData,
  analysis: ThreadAnalysis,
  identity: Identity,
): ReplyPlan | null {
  const kindOf = new Map(analysis.messages.map((m) => [m.id, m.kind]));
  const ownAddress = (p: Party | null) =>
    p !== null &&
    (lower(p.email) === lower(identity.primary) || identity.aliases.some((a) => lower(a) === lower(p.email)));
  const candidates = thread.messages.filter(
    (m) => kindOf.get(m.id) === 'client' || (kindOf.get(m.id) === 'me' && ownAddress(m.from)),
  );
  const clients = candidates.filter((m) => kindOf.get(m.id) === 'client');
  const target: MailMessage | undefined = clients[clients.length - 1] ?? candidates[candidates.length - 1];
  if (!target) return null;
  const mine = kindOf.get(target.id) === 'me';
  const direct = mine
    ? target.to
    : target.replyTo.length > 0
      ? target.replyTo
      : target.from
        ? [target.from]
        : [];
  const to = [...new Set(direct.map((p) => lower(p.email)))];
  const cc = [...target.to, ...target.cc]
    .map((p) => lower(p.email))
    .filter((email, i, all) => all.indexOf(email) === i && !to.includes(email) && !isMe(email, identity));
  return { messageId: target.id, to, cc };
}
