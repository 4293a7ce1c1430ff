// A homepage entry's click: opens the tracked thread in Gmail (an add-on can only link to it).
import { threadPermalink } from '../core/tracking/reminder-event';
import { actionHandler } from './run-handler';

export function onOpenThread(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, (context) => {
    const threadId = context.event.parameters['t'] ?? '';
    if (!/^[0-9a-zA-Z_-]{1,64}$/.test(threadId)) throw new Error('This entry has no thread to open.');
    return { openUrl: threadPermalink(threadId, context.identity.primary) };
  });
}
