// Gmail adapter: the nudge as a draft reply in the open thread, addressed like Gmail's "Reply all".
import type { ThreadAnalysis } from '../core/types';

/**
 * Replies to the client's latest message when there is one, else to my latest message (the client never
 * answered); never to an auto-reply or a bounce, whose sender is a robot. Reply-all keeps the people in Cc.
 */
export function replyTarget(analysis: ThreadAnalysis): string | null {
  const human = analysis.messages.filter((m) => m.kind === 'me' || m.kind === 'client');
  const client = human.filter((m) => m.kind === 'client');
  const target = client[client.length - 1] ?? human[human.length - 1];
  return target?.id ?? null;
}

/**
 * `from` must be one of Gmail's send-as addresses (GmailApp.getAliases(), which needs a restricted scope, so
 * aliases come from Settings): an alias declared there but not set up in Gmail is refused, and then the
 * draft is created from the primary address rather than not at all.
 */
export function createReplyDraft(
  messageId: string,
  body: string,
  from: string | null = null,
): GoogleAppsScript.Gmail.GmailDraft {
  const message = GmailApp.getMessageById(messageId);
  if (!message) throw new Error(`Gmail has no message ${messageId} any more.`);
  if (from === null) return message.createDraftReplyAll(body);
  try {
    return message.createDraftReplyAll(body, { from });
  } catch (error) {
    console.warn(`Draft not sent from ${from}: ${error instanceof Error ? error.message : String(error)}`);
    return message.createDraftReplyAll(body);
  }
}
