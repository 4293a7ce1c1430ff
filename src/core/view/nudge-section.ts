// The sidebar's suggestion: the next step, its date and why, the tone, and the text to insert.
import { describeReason, stageLabel } from '../nudge/describe-reason';
import type { NudgeSuggestion } from '../nudge/nudge-types';
import { dayAndDate } from '../i18n/format-date';
import type { UiLanguage, UiText } from '../i18n';
import type { ToneSetting } from '../nudge/choose-tone';
import { textsText } from '../i18n/texts-strings';
import type { LocalDate, Stage } from '../types';
import type { SectionView, WidgetView } from './card-view';

export interface NudgeSectionInput {
  readonly nudge: NudgeSuggestion;
  /** The tone asked for ('auto' follows the thread's register; nudge.tone is the one used). */
  readonly requestedTone: ToneSetting;
  readonly language: UiLanguage;
  readonly text: UiText;
  readonly today: LocalDate;
  /** My latest message bounced: no text to send to an address that cannot receive it. */
  readonly undelivered?: boolean;
  /** Action names, decided by the handlers layer. */
  readonly actions: { readonly replyWithThis: string; readonly changeTone: string };
}

const EMAIL_STAGES: readonly Stage[] = ['wait', 'check-in', 'change-channel', 'close-the-loop'];

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

function dateFact(input: NudgeSectionInput): WidgetView {
  const { nudge, language, text, today } = input;
  const date = dayAndDate(nudge.sendOn, language, today);
  const reason = describeReason(nudge.reason, language, (d) => dayAndDate(d, language, today));
  const value = nudge.sendOn === today ? text.todayMark(date) : date;
  return { type: 'fact', label: text.suggestedOn, value, detail: reason, icon: 'event' };
}

function emailWidgets(input: NudgeSectionInput): WidgetView[] {
  const { nudge, text } = input;
  const due = nudge.reason.due && nudge.stage !== 'wait';
  const widgets: WidgetView[] = [toneSelect(input)];
  widgets.push({ type: 'text', text: nudge.body });
  // Before a promised date nothing should push the user to send: the text can only be prepared.
  const label = due
    ? text.replyWithThis
    : nudge.reason.kind === 'promised'
      ? text.prepareDraft
      : text.useItNow;
  const parameters = { tone: nudge.tone, stage: nudge.stage };
  widgets.push({
    type: 'buttons',
    buttons: [
      { label, filled: due, action: { run: input.actions.replyWithThis, parameters, compose: true } },
    ],
  });
  return widgets;
}

/** "Next step: Wait", or "Next step: Check in on Tue 1 Dec" while a client's promise holds the ball. */
function stepHeader(input: NudgeSectionInput): string {
  const { nudge, text, language, today } = input;
  if (nudge.reason.kind === 'promised' && !nudge.reason.due)
    return text.nextStepOn(stageLabel('check-in', language), dayAndDate(nudge.sendOn, language, today));
  return text.nextStep(stageLabel(nudge.stage, language));
}

/** Two sections: the step and its date; then the text (collapsed while it is not yet time). */
export function nudgeSections(input: NudgeSectionInput): SectionView[] {
  const { nudge, text } = input;
  if (input.undelivered && nudge.stage !== 'reply') {
    const note: WidgetView = { type: 'text', text: text.noNudgeUndelivered };
    return [{ header: text.nextStep(text.checkAddress), widgets: [note] }];
  }
  const header = stepHeader(input);
  const step: SectionView = { header, widgets: [dateFact(input)] };
  if (nudge.stage === 'rest') {
    return [{ header, widgets: [dateFact(input), { type: 'text', text: text.noMoreEmails }] }];
  }
  if (nudge.stage === 'reply') {
    const note: WidgetView = { type: 'text', text: nudge.body, style: 'muted' };
    return [{ header, widgets: [dateFact(input), note] }];
  }
  if (!EMAIL_STAGES.includes(nudge.stage)) return [step];
  const due = nudge.reason.due && nudge.stage !== 'wait';
  const languageName = text.languageNames[nudge.language] ?? nudge.language;
  const textSection: SectionView = {
    header: text.suggestedText(languageName),
    widgets: emailWidgets(input),
    ...(due ? {} : { collapsible: true, visibleWhenCollapsed: 1 }),
  };
  return [step, textSection];
}
