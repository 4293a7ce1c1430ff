// Which of my addresses a draft reply is sent from: the alias the thread used, so the client sees one sender.
import type { Identity, ThreadAnalysis } from '../core/types';

/**
 * My latest message's From when it is one of my declared aliases; null for my primary address (Gmail's
 * default) or a colleague's address (never mine to send from).
 */
export function replyFrom(analysis: ThreadAnalysis, identity: Identity): string | null {
  const mine = analysis.messages.filter((m) => m.kind === 'me' && m.from);
  const from = mine[mine.length - 1]?.from?.trim().toLowerCase();
  if (!from || from === identity.primary.trim().toLowerCase()) return null;
  return identity.aliases.some((alias) => alias.trim().toLowerCase() === from) ? from : null;
}
