// Gmail adapter: the nudge as a draft reply in the open thread, addressed like Gmail's "Reply all".
import type { ThreadAnalysis } from '../core/types';

/**
 * Replies to the client's latest message when there is one, else to my latest message (the client never
 * answered); never to an auto-reply or a bounce, whose sender is a robot. Reply-all keeps the people in Cc.
 */
export function replyTarget(analysis: ThreadAnalysis): string | null {
  const human = analysis.messages.filter((m) => m.kind === 'client' || m.kind === 'me');
  const client = human.filter((m) => m.kind === 'client');
  const target = client[client.length - 1] ?? human[human.length - 1];
  return target?.id ?? null;
}

export function createReplyDraft(messageId: string, body: string): GoogleAppsScript.Gmail.GmailDraft {
  const message = GmailApp.getMessageById(messageId);
  if (!message) throw new Error(`Gmail has no message ${messageId} any more.`);
  return message.createDraftReplyAll(body);
}
