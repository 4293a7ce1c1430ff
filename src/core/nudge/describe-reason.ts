// Phrases a NudgeReason for the sidebar in the UI language (src/core/i18n/reason-strings.ts), and names each stage.
import { picker, type Picked } from '../i18n/five';
import { wholeReplyDays } from '../i18n/reply-days';
import { REASON_STRINGS } from '../i18n/reason-strings';
import type { UiLanguage } from '../i18n/ui-language';
import type { LocalDate, Stage } from '../types';
import type { NudgeReason } from './nudge-types';

export type { UiLanguage } from '../i18n/ui-language';

type ReasonPhrases = Picked<typeof REASON_STRINGS>;

const phrases = picker(REASON_STRINGS);

export function stageLabel(stage: Stage, uiLanguage: UiLanguage): string {
  return phrases(uiLanguage).stages[stage];
}

/** "7 working days since your check-in; Marco usually replies within 2 days": the reason holds every fact. */
export function describeReason(
  reason: NudgeReason,
  uiLanguage: UiLanguage,
  formatDate: (d: LocalDate) => string,
): string {
  const p = phrases(uiLanguage);
  const who = reason.clientName ?? p.someone;
  if (reason.kind === 'promised') return capitalise(promiseParts(reason, p, who, formatDate).join('; '));
  const parts = [p.main[reason.kind](p.workingDays(reason.workingDays), who, reason.restMonths ?? 0)];
  const notYet = (p.notYet as Partial<Record<string, (after: string) => string>>)[reason.kind];
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
