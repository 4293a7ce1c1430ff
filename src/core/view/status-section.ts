// The sidebar's headline (status line, delivery problem, absence and promise notices) and the facts of the
// wait in one collapsible section (last client reply, usual reply time, waiting since, follow-ups sent).
import { daysBetween } from '../calendar-days';
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

/** A bounce after my latest message: the address is the problem, not the client's silence. */
const bounced = (a: ThreadAnalysis): boolean => a.undelivered && a.state !== 'no-client';

/** "You closed the loop on 20 Oct (34 days ago)": the rest stage counts from my closing message. */
function closedLine(input: StatusInput): string | null {
  const { analysis: a, text } = input;
  if (input.nudge?.stage !== 'rest' || a.lastMyMessageAt === null) return null;
  const closed = input.localDate(a.lastMyMessageAt);
  const days = Math.max(0, daysBetween(closed, input.today));
  return text.closedOn(shortDate(closed, input.language, input.today), text.days(days));
}

function statusLine(input: StatusInput): string {
  const { analysis: a, text } = input;
  const name = callName(a.client, text);
  if (a.state === 'no-client') return text.noClient;
  if (bounced(a)) return text.bounced(a.client?.email ?? name);
  if (a.state === 'settled') return settledLine(a, input.language, name);
  if (isPromise(a) && a.promisedBy !== null) {
    const by = dayAndDate(a.promisedBy, input.language, input.today);
    return a.promisedBy < input.today ? text.promisePassed(name, by) : text.promisedStatus(name, by);
  }
  if (a.state === 'awaiting-me') {
    const days = a.daysSinceClientReply ?? 0;
    return days === 0 ? text.yourTurnToday(name) : text.yourTurn(name, text.days(days));
  }
  return (
    closedLine(input) ??
    text.waitingOn(name, text.days(a.daysWaiting ?? 0), text.workingDays(a.workingDaysWaiting ?? 0))
  );
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
  return out;
}

/** The headline: what is going on, before anything else. */
export function headlineWidgets(input: StatusInput): WidgetView[] {
  const { analysis: a, text } = input;
  const warning: WidgetView[] = bounced(a)
    ? [{ type: 'text', text: text.checkAddressNote, style: 'warning' }]
    : [];
  return [{ type: 'text', text: statusLine(input), style: 'bold' }, ...warning, ...notices(input)];
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

function waitFacts(input: StatusInput): WidgetView[] {
  const { analysis: a, text } = input;
  if (a.state !== 'awaiting-client' || a.waitingSince === null) return [];
  const since = shortDate(input.localDate(a.waitingSince), input.language, input.today);
  return [
    { type: 'fact', label: text.waitingSince, value: since, icon: 'event' },
    { type: 'fact', label: text.followUpsSent, value: String(a.followUpsSent), icon: 'email' },
  ];
}

/** The facts, collapsed under one header so the next step and its buttons stay within the first screen. */
export function factsSection(input: StatusInput): SectionView | null {
  const { analysis: a, text } = input;
  const widgets: WidgetView[] =
    a.state === 'no-client' ? [] : [lastReplyFact(input), typicalFact(input), ...waitFacts(input)];
  const automated = a.messages.filter(
    (m) => m.kind === 'auto-reply' || m.kind === 'bounce' || m.kind === 'bulk',
  );
  if (automated.length > 0)
    widgets.push({ type: 'text', text: text.automatedCount(automated.length), style: 'muted' });
  if (input.holidaysUnavailable) widgets.push({ type: 'text', text: text.noHolidays, style: 'muted' });
  if (widgets.length === 0) return null;
  return { header: text.details, collapsible: true, visibleWhenCollapsed: 0, widgets };
}

/** Headline and facts together (kept for callers that want the whole status in one section). */
export function statusSection(input: StatusInput): SectionView {
  return { widgets: [...headlineWidgets(input), ...(factsSection(input)?.widgets ?? [])] };
}
