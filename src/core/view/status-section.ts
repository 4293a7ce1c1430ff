// The sidebar's facts about the wait: status line, last client reply, typical reply time, notices.
import { settledLine } from './settled-section';
import type { NudgeSuggestion } from '../nudge/nudge-types';
import { firstNameOf } from '../texts/first-name';
import type { LocalDate, Party, ThreadAnalysis } from '../types';
import { dayAndDate, shortDate } from '../i18n/format-date';
import type { UiText } from '../i18n';
import type { UiLanguage } from '../i18n/ui-language';
import type { SectionView, WidgetView } from './card-view';

export interface StatusInput {
  readonly analysis: ThreadAnalysis;
  readonly language: UiLanguage;
  readonly text: UiText;
  readonly today: LocalDate;
  readonly localDate: (epochMs: number) => LocalDate;
  readonly holidaysUnavailable: boolean;
  /** The ladder's suggestion: its reason says whether an absence or a promise still matters today. */
  readonly nudge?: NudgeSuggestion | null;
}

export function displayName(party: Party | null, text: UiText): string {
  if (!party) return text.someone;
  return party.name.trim() || party.email;
}

/** How the sidebar speaks of the client in a sentence: "Marco", else the full name or address. */
export function callName(party: Party | null, text: UiText): string {
  return firstNameOf(party) ?? displayName(party, text);
}

/** The client wrote last, but promised an answer by a date: the ball is theirs until then. */
const isPromise = (a: ThreadAnalysis): boolean => a.state === 'awaiting-me' && a.promisedBy !== null;

function statusLine(input: StatusInput): string {
  const { analysis: a, text } = input;
  const name = callName(a.client, text);
  if (a.state === 'no-client') return text.noClient;
  if (a.state === 'settled') return settledLine(a, input.language, name);
  if (isPromise(a) && a.promisedBy !== null) {
    const by = dayAndDate(a.promisedBy, input.language, input.today);
    return a.promisedBy < input.today ? text.promisePassed(name, by) : text.promisedStatus(name, by);
  }
  if (a.state === 'awaiting-me') {
    const days = a.daysSinceClientReply ?? 0;
    return days === 0 ? text.yourTurnToday(name) : text.yourTurn(name, text.days(days));
  }
  return text.waitingOn(name, text.days(a.daysWaiting ?? 0), text.workingDays(a.workingDaysWaiting ?? 0));
}

function lastReplyFact(input: StatusInput): WidgetView {
  const { analysis: a, text } = input;
  const at = a.lastClientReplyAt;
  const days = a.daysSinceClientReply ?? 0;
  const when = at === null ? '' : shortDate(input.localDate(at), input.language, input.today);
  const value = at === null ? text.never : days === 0 ? text.today(when) : text.ago(when, text.days(days));
  return { type: 'fact', label: text.lastClientReply, value, icon: 'email' };
}

function typicalFact({ analysis: a, text }: StatusInput): WidgetView {
  const value = a.typicalReplyDays === null ? text.typicalReplyUnknown : text.aboutDays(a.typicalReplyDays);
  return { type: 'fact', label: text.typicalReply, value, icon: 'clock' };
}

/** Absence and promise notices only while they still matter: the ladder's reason applies the same test. */
function notices(input: StatusInput): WidgetView[] {
  const { analysis: a, text, language, today } = input;
  const name = callName(a.client, text);
  const reason = input.nudge?.reason;
  const out: WidgetView[] = [];
  if (reason?.backOn)
    out.push({ type: 'text', text: text.backOn(name, dayAndDate(reason.backOn, language, today)) });
  if (reason?.promisedBy && !isPromise(a))
    out.push({ type: 'text', text: text.promised(name, dayAndDate(reason.promisedBy, language, today)) });
  if (input.holidaysUnavailable) out.push({ type: 'text', text: text.noHolidays, style: 'muted' });
  return out;
}

/** A bounce after my latest message: the address is the problem, not the client's silence. */
function undeliveredWarning({ analysis: a, text }: StatusInput): WidgetView[] {
  if (!a.undelivered || a.state === 'no-client') return [];
  return [{ type: 'text', text: text.undelivered(a.client?.email ?? text.someone), style: 'warning' }];
}

export function statusSection(input: StatusInput): SectionView {
  const { analysis: a, text } = input;
  const widgets: WidgetView[] = [
    { type: 'text', text: statusLine(input), style: 'bold' },
    ...undeliveredWarning(input),
  ];
  if (a.state !== 'no-client') {
    widgets.push(lastReplyFact(input), typicalFact(input));
    if (a.state === 'awaiting-client' && a.waitingSince !== null) {
      const since = shortDate(input.localDate(a.waitingSince), input.language, input.today);
      widgets.push({ type: 'fact', label: text.waitingSince, value: since, icon: 'event' });
      widgets.push({
        type: 'fact',
        label: text.followUpsSent,
        value: String(a.followUpsSent),
        icon: 'email',
      });
    }
  }
  const automated = a.messages.filter(
    (m) => m.kind === 'auto-reply' || m.kind === 'bounce' || m.kind === 'bulk',
  );
  if (automated.length > 0)
    widgets.push({ type: 'text', text: text.automatedCount(automated.length), style: 'muted' });
  return { widgets: [...widgets, ...notices(input)] };
}
