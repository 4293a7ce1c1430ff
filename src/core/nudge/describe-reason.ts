// Phrases a NudgeReason for the sidebar in the UI language, and names each stage.
import { wholeReplyDays } from '../i18n/reply-days';
import type { LocalDate, Stage } from '../types';
import type { NudgeReason } from './nudge-types';
import { REASON_EN } from './reason-en';
import { REASON_IT } from './reason-it';
import type { ReasonPhrases } from './reason-phrases';

export type UiLanguage = 'it' | 'en';

const PHRASES: Readonly<Record<UiLanguage, ReasonPhrases>> = { it: REASON_IT, en: REASON_EN };

const LABELS: Readonly<Record<UiLanguage, Readonly<Record<Stage, string>>>> = {
  en: {
    wait: 'Wait',
    'check-in': 'Check in',
    'change-channel': 'Suggest a call',
    'close-the-loop': 'Close the loop',
    rest: 'Rest',
    reply: 'Reply',
  },
  it: {
    wait: 'Attendi',
    'check-in': 'Primo follow-up',
    'change-channel': 'Proponi una chiamata',
    'close-the-loop': 'Chiudi il cerchio',
    rest: 'Pausa',
    reply: 'Rispondi',
  },
};

export function stageLabel(stage: Stage, uiLanguage: UiLanguage): string {
  return LABELS[uiLanguage][stage];
}

/** "7 working days since your check-in; Marco usually replies within 2 days": the reason holds every fact. */
export function describeReason(
  reason: NudgeReason,
  uiLanguage: UiLanguage,
  formatDate: (d: LocalDate) => string,
): string {
  const p = PHRASES[uiLanguage];
  const who = reason.clientName ?? p.someone;
  if (reason.kind === 'promised') return capitalise(promiseParts(reason, p, who, formatDate).join('; '));
  const parts = [p.main[reason.kind](p.workingDays(reason.workingDays), who, reason.restMonths ?? 0)];
  const notYet = p.notYet[reason.kind];
  if (!reason.due && notYet && reason.workingDays < reason.stepWorkingDays)
    parts.push(notYet(p.workingDays(reason.stepWorkingDays)));
  if (reason.typicalReplyDays !== undefined && reason.kind !== 'closed') {
    const typical = p.typical(who, wholeReplyDays(reason.typicalReplyDays));
    parts.push(reason.stretchedByTypicalReply ? `${typical}, ${p.stretched}` : typical);
  }
  if (reason.backOn) parts.push(p.backOn(who, formatDate(reason.backOn)));
  if (reason.promisedBy) parts.push(p.promisedBy(who, formatDate(reason.promisedBy)));
  return capitalise(parts.join('; '));
}

/** The promise is the whole story: its date, the reply that made it, and an absence that outlasts it. */
function promiseParts(
  reason: NudgeReason,
  p: ReasonPhrases,
  who: string,
  formatDate: (d: LocalDate) => string,
): string[] {
  const by = formatDate(reason.promisedBy ?? '');
  const on = formatDate(reason.promisedOn ?? '');
  const main = reason.due
    ? p.promise.passed(who, by, on)
    : p.promise.pending(who, by, on, p.workingDays(reason.workingDays));
  return reason.backOn ? [main, p.backOn(who, formatDate(reason.backOn))] : [main];
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
