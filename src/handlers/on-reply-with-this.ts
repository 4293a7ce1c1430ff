// "Reply with this": a draft reply holding the chosen text (the suggestion or an alternative), opened in Gmail.
import { isEmailKind } from '../core/nudge/alternatives';
import { toneSettingOf } from '../core/nudge/choose-tone';
import { planReply } from '../core/reply-plan';
import { renderNudge } from '../core/texts/render-nudge';
import { createReplyDraft } from '../gmail/create-reply-draft';
import { replyFrom } from '../gmail/reply-from';
import { loadContext } from './context';
import { loadThreadInsight, type ThreadInsight } from './thread-insight';

/**
 * The text is rebuilt from the thread at the click, never carried in the button: a card left open shows
 * what the draft will hold, and the parameters only name the kind and the tone. Without a kind, the
 * suggestion itself; with one, that reply ("Reply anyway" on a settled thread asks for the check-in).
 */
function bodyOf(insight: ThreadInsight, kind: string | undefined): string | null {
  const { nudge } = insight;
  if (!isEmailKind(kind)) return nudge?.body ?? null;
  return renderNudge({ ...insight.textInput(nudge?.stage ?? 'check-in'), kind }).body;
}

/**
 * A compose action must answer with a ComposeActionResponse: there is no card to show an error on, so a
 * failure is thrown with a readable message, which Gmail shows in its error bar.
 */
export function onReplyWithThis(e: unknown): GoogleAppsScript.Card_Service.ComposeActionResponse {
  const context = loadContext(e);
  try {
    const { parameters } = context.event;
    const insight = loadThreadInsight(context, toneSettingOf(parameters['tone'], context.settings.tone));
    const plan = planReply(insight.thread, insight.analysis, context.identity);
    const body = bodyOf(insight, parameters['kind']);
    if (body === null || !plan) throw new Error('nothing to reply to in this thread');
    const from = replyFrom(insight.analysis, context.identity);
    const draft = createReplyDraft(plan, body, from);
    return CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();
  } catch (error) {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    throw new Error(context.text.draftFailed, { cause: error });
  }
}
