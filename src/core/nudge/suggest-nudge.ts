// One call for the sidebar and the reminder: the ladder's decision plus the texts in the thread's language.
import { chooseLanguage } from '../language/choose-language';
import type { Settings } from '../settings';
import { firstNameOf } from '../texts/first-name';
import { renderNudge, type RenderNudgeInput } from '../texts/render-nudge';
import type { Stage, ThreadAnalysis, WorkCalendar } from '../types';
import { alternativeKinds } from './alternatives';
import { chooseTone } from './choose-tone';
import { decideNudge } from './decide-nudge';
import type { NudgeSuggestion } from './nudge-types';

export interface SuggestNudgeInput {
  readonly analysis: ThreadAnalysis;
  readonly settings: Settings;
  readonly calendar: WorkCalendar;
  readonly now: number;
  /** Session.getActiveUserLocale() in Apps Script ("it", "en_GB"); '' when unknown. */
  readonly userLocale: string;
}

/** Everything a text of this thread needs, for a stage; the alternatives reuse it with another kind. */
export function textInput(input: SuggestNudgeInput, stage: Stage): RenderNudgeInput {
  const { analysis, settings, calendar, now } = input;
  const lastMessageAt = analysis.lastMyMessageAt ?? analysis.waitingSince ?? now;
  return {
    stage,
    language: chooseLanguage({
      clientText: analysis.clientText,
      myText: analysis.myText,
      setting: settings.language,
      userLocale: input.userLocale,
    }),
    tone: chooseTone(settings.tone, analysis.register),
    firstName: firstNameOf(analysis.client),
    project: analysis.project,
    lastMessageOn: calendar.localDateOf(lastMessageAt, calendar.timeZone),
    myName: settings.myName,
    openQuestion: analysis.openQuestion,
  };
}

/** null for threads where nobody owes an answer ('settled') or with no client ('no-client'). */
export function suggestNudge(input: SuggestNudgeInput): NudgeSuggestion | null {
  const { analysis, settings, calendar, now } = input;
  const decision = decideNudge({ analysis, ladder: settings.ladder, calendar, now });
  if (!decision) return null;
  const base = textInput(input, decision.stage);
  const promisedBy = decision.reason.kind === 'promised' ? (decision.reason.promisedBy ?? null) : null;
  const text = renderNudge({ ...base, promisedBy });
  const alternatives = alternativeKinds(decision.stage).map((kind) => ({
    kind,
    body: renderNudge({ ...base, kind }).body,
  }));
  return {
    ...decision,
    language: base.language,
    tone: base.tone,
    body: text.body,
    subject: text.subject,
    alternatives,
  };
}
