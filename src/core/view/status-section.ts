// The sidebar's facts about the wait: status line, last client reply, typical reply time, notices.
import { firstNameOf } from '../texts/first-name';
import type { LocalDate, Party, ThreadAnalysis } from '../types';
import { shortDate } from '../i18n/format-date';
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
}

export function displayName(party: Party | null, text: UiText): string {
  if (!party) return text.someone;
  return party.name.trim() || party.email;
}

/** How the sidebar speaks of the client in a sentence: "Marco", else the full name or address. */
export function callName(party: Party | null, text: UiText): string {
  return firstNameOf(party) ?? displayName(party, text);
}

function statusLine({ analysis: a, text }: StatusInput): string {
  const name = callName(a.client, text);
  if (a.state === 'no-client') return text.noClient;
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

function notices(input: StatusInput): WidgetView[] {
  const { analysis: a, text, language } = input;
  const name = callName(a.client, text);
  const out: WidgetView[] = [];
  if (a.outOfOfficeUntil) {
    out.push({
      type: 'text',
      text: text.awayUntil(name, shortDate(a.outOfOfficeUntil, language, input.today)),
    });
  }
  if (a.promisedBy)
    out.push({ type: 'text', text: text.promised(name, shortDate(a.promisedBy, language, input.today)) });
  if (input.holidaysUnavailable) out.push({ type: 'text', text: text.noHolidays, style: 'muted' });
  return out;
}

export function statusSection(input: StatusInput): SectionView {
  const { analysis: a, text } = input;
  const widgets: WidgetView[] = [{ type: 'text', text: statusLine(input), style: 'bold' }];
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
