// A homepage entry's click: opens the tracked thread in Gmail (an add-on can only link to it).
import { threadPermalink } from '../core/tracking/reminder-event';
import { canonicalGmailId, isGmailIdLike } from '../core/gmail-ids';
import { actionHandler } from './run-handler';

export function onOpenThread(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, (context) => {
    // Gmail's ids may carry a prefix and a colon (`thread-f:<decimal>`); the permalink takes the hex form.
    const threadId = canonicalGmailId(context.event.parameters['t'] ?? '');
    if (!isGmailIdLike(threadId)) throw new Error('This entry has no thread to open.');
    return { openUrl: threadPermalink(threadId, context.identity.primary) };
  });
}
