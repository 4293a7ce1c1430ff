// The sidebar's suggestion: the next step named for what the user does, with its date and why; the text to
// insert (collapsed while it is not yet time) with its tone; and the compose button for the footer.
import { describeReason } from '../nudge/describe-reason';
import type { NudgeSuggestion } from '../nudge/nudge-types';
import { dayAndDate } from '../i18n/format-date';
import type { UiLanguage, UiText } from '../i18n';
import type { ToneSetting } from '../nudge/choose-tone';
import { textsText } from '../i18n/texts-strings';
import type { LocalDate, Stage } from '../types';
import type { ButtonView, SectionView, WidgetView } from './card-view';

export interface NudgeSectionInput {
  readonly nudge: NudgeSuggestion;
  /** The tone asked for ('auto' follows the thread's register; nudge.tone is the one used). */
  readonly requestedTone: ToneSetting;
  readonly language: UiLanguage;
  readonly text: UiText;
  readonly today: LocalDate;
  /** How the step line names the client ("Marco"). */
  readonly clientName?: string;
  /** My latest message bounced: no text to send to an address that cannot receive it. */
  readonly undelivered?: boolean;
  /** Action names, decided by the handlers layer. */
  readonly actions: { readonly replyWithThis: string; readonly changeTone: string };
}

const EMAIL_STAGES: readonly Stage[] = ['wait', 'check-in', 'change-channel', 'close-the-loop'];

/** True when the suggestion is an email whose time has come: the text leads, expanded, with "Reply with this". */
export function isDueEmail(nudge: NudgeSuggestion): boolean {
  return nudge.reason.due && nudge.stage !== 'wait' && EMAIL_STAGES.includes(nudge.stage);
}

export const hasText = (input: NudgeSectionInput): boolean =>
  !(input.undelivered && input.nudge.stage !== 'reply') && EMAIL_STAGES.includes(input.nudge.stage);

function toneSelect(input: NudgeSectionInput): WidgetView {
  const { text, requestedTone } = input;
  return {
    type: 'select',
    name: 'tone',
    label: text.tone,
    control: 'dropdown',
    options: (['auto', 'warm', 'formal'] as const).map((tone) => ({
      label: tone === 'auto' ? textsText(input.language).toneAuto : text[tone],
      value: tone,
      selected: tone === requestedTone,
    })),
    onChange: { run: input.actions.changeTone },
  };
}

/** "Check in today", "Wait: check in on Wed 25 Nov", "Let it rest: check in again on Tue 23 Feb 2027". */
function stepLine(input: NudgeSectionInput): string {
  const { nudge, text, language, today } = input;
  if (input.undelivered && nudge.stage !== 'reply') return text.checkAddress;
  const when =
    nudge.sendOn <= today ? text.todayWord : text.onDate(dayAndDate(nudge.sendOn, language, today));
  if (nudge.reason.kind === 'promised' && !nudge.reason.due)
    return text.steps.promised(input.clientName ?? text.someone, when);
  return text.steps[nudge.stage](when);
}

/** The next step, its date and why: right under the headline, above the fold. */
export function stepWidgets(input: NudgeSectionInput): WidgetView[] {
  const { nudge, language, text, today } = input;
  const detail = describeReason(nudge.reason, language, (d) => dayAndDate(d, language, today));
  const step: WidgetView = {
    type: 'fact',
    label: text.stepLabel,
    value: stepLine(input),
    detail,
    icon: 'event',
  };
  if (input.undelivered && nudge.stage !== 'reply') return [step];
  if (nudge.stage === 'rest') return [step, { type: 'text', text: text.noMoreEmails, style: 'muted' }];
  // A note to the user, so in the interface language (the thread's language is for texts to the client).
  if (nudge.stage === 'reply')
    return [step, { type: 'text', text: text.replyNote(input.clientName ?? text.someone), style: 'muted' }];
  return [step];
}

/** The suggested text: expanded when due; otherwise one click away (collapsed under its header). */
export function textSection(input: NudgeSectionInput): SectionView | null {
  if (!hasText(input)) return null;
  const { nudge, text } = input;
  const widgets: WidgetView[] = [{ type: 'text', text: nudge.body }, toneSelect(input)];
  const languageName = text.languageNames[nudge.language] ?? nudge.language;
  return {
    header: text.suggestedText(languageName),
    widgets,
    ...(isDueEmail(nudge) ? {} : { collapsible: true, visibleWhenCollapsed: 0 }),
  };
}

/** "Reply with this" (due), "Prepare the draft" (before a promised date) or "Send it now anyway". */
export function composeButton(input: NudgeSectionInput): ButtonView | null {
  if (!hasText(input)) return null;
  const { nudge, text } = input;
  const due = isDueEmail(nudge);
  // Before a promised date nothing should push the user to send: the text can only be prepared.
  const label = due
    ? text.replyWithThis
    : nudge.reason.kind === 'promised'
      ? text.prepareDraft
      : text.useItNow;
  const parameters = { tone: nudge.tone, stage: nudge.stage };
  return { label, filled: due, action: { run: input.actions.replyWithThis, parameters, compose: true } };
}

/** The step and the text, as the sidebar used to get them (kept for callers that want both sections). */
export function nudgeSections(input: NudgeSectionInput): SectionView[] {
  const text = textSection(input);
  return [{ widgets: stepWidgets(input) }, ...(text ? [text] : [])];
}
