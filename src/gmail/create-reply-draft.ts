// Gmail adapter: the nudge as a draft reply in the open thread, addressed as the reply plan says.
import type { ReplyPlan } from '../core/reply-plan';

/**
 * createDraftReply(body, options): To is Gmail's (see planReply), Cc is ours (`cc`: "a comma-separated list
 * of email addresses to CC", GmailMessage reference), so reply-all's copies of my aliases never happen.
 * `from` must be one of Gmail's send-as addresses (GmailApp.getAliases(), which needs a restricted scope, so
 * aliases come from Settings): an alias declared there but not set up in Gmail is refused, and then the
 * draft is created from the primary address rather than not at all.
 */
export function createReplyDraft(
  plan: ReplyPlan,
  body: string,
  from: string | null = null,
): GoogleAppsScript.Gmail.GmailDraft {
  const message = GmailApp.getMessageById(plan.messageId);
  if (!message) throw new Error(`Gmail has no message ${plan.messageId} any more.`);
  const copies = plan.cc.length > 0 ? { cc: plan.cc.join(', ') } : {};
  if (from === null) return message.createDraftReply(body, copies);
  try {
    return message.createDraftReply(body, { ...copies, from });
  } catch (error) {
    console.warn(`Draft not sent from ${from}: ${error instanceof Error ? error.message : String(error)}`);
    return message.createDraftReply(body, copies);
  }
}
