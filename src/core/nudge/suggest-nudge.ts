// One call for the sidebar and the reminder: the ladder's decision plus the text in the thread's language.
import { chooseLanguage } from '../language/choose-language';
import type { Settings } from '../settings';
import { firstNameOf } from '../texts/first-name';
import { renderNudge } from '../texts/render-nudge';
import type { ThreadAnalysis, WorkCalendar } from '../types';
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

/** null only for threads with no client ('no-client'). */
export function suggestNudge(input: SuggestNudgeInput): NudgeSuggestion | null {
  const { analysis, settings, calendar, now } = input;
  const decision = decideNudge({ analysis, ladder: settings.ladder, calendar, now });
  if (!decision) return null;
  const language = chooseLanguage({
    clientText: analysis.clientText,
    myText: analysis.myText,
    setting: settings.language,
    userLocale: input.userLocale,
  });
  const lastMessageAt = analysis.lastMyMessageAt ?? analysis.waitingSince ?? now;
  const text = renderNudge({
    stage: decision.stage,
    language,
    tone: settings.tone,
    firstName: firstNameOf(analysis.client),
    project: analysis.project,
    lastMessageOn: calendar.localDateOf(lastMessageAt, calendar.timeZone),
    myName: settings.myName,
    promisedBy: decision.reason.kind === 'promised' ? (decision.reason.promisedBy ?? null) : null,
  });
  return { ...decision, language, tone: text.tone, body: text.body, subject: text.subject };
}
