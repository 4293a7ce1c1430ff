// "Reply with this": a draft reply holding the suggested text, opened in Gmail for editing.
import { createReplyDraft, replyTarget } from '../gmail/create-reply-draft';
import { replyFrom } from '../gmail/reply-from';
import { loadContext } from './context';
import { toneOf } from './on-change-tone';
import { loadThreadInsight } from './thread-insight';

/**
 * A compose action must answer with a ComposeActionResponse: there is no card to show an error on, so a
 * failure is thrown with a readable message, which Gmail shows in its error bar.
 */
export function onReplyWithThis(e: unknown): GoogleAppsScript.Card_Service.ComposeActionResponse {
  const context = loadContext(e);
  try {
    const insight = loadThreadInsight(
      context,
      toneOf(context.event.parameters['tone'], context.settings.tone),
    );
    const target = replyTarget(insight.analysis);
    if (!insight.nudge || !target) throw new Error('nothing to reply to in this thread');
    const from = replyFrom(insight.analysis, context.identity);
    const draft = createReplyDraft(target, insight.nudge.body, from);
    return CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();
  } catch (error) {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    throw new Error(context.text.draftFailed, { cause: error });
  }
}
