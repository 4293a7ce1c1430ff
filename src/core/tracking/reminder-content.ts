// The reminder event's title and description for a tracked thread: state, suggested text, permalink.
import { daysBetween } from '../calendar-days';
import { shortDate } from '../i18n/format-date';
import type { UiLanguage } from '../i18n/ui-language';
import type { ToneSetting } from '../nudge/choose-tone';
import { renderNudge } from '../texts/render-nudge';
import { firstNameOf } from '../texts/first-name';
import type { LocalDate } from '../types';
import { threadPermalink } from './reminder-event';
import { trackingText } from './tracking-text';
import type { TrackedThread } from './tracked-thread';

export interface ReminderContentInput {
  readonly record: TrackedThread;
  readonly uiLanguage: UiLanguage;
  /** The tone setting; 'auto' takes the tone the sidebar chose for this thread (kept in its record). */
  readonly tone: ToneSetting;
  readonly myName: string;
  readonly userEmail: string;
  readonly today: LocalDate;
}

export interface ReminderContent {
  readonly title: string;
  readonly description: string;
}

export function clientLabel(record: TrackedThread, fallback: string): string {
  return record.clientName.trim() || record.clientEmail || fallback;
}

function stateLine(input: ReminderContentInput): string {
  const { record, uiLanguage, today } = input;
  const t = trackingText(uiLanguage);
  const client = clientLabel(record, t.home.unknown);
  const since = record.since ? shortDate(record.since, uiLanguage, today) : '—';
  if (record.stage === 'rest') return t.description.closed(client);
  if (record.stage === 'reply') return t.description.yourTurn(client, since);
  const days = record.since ? Math.max(0, daysBetween(record.since, today)) : 0;
  return t.description.waiting(client, since, t.home.waiting(days));
}

export function reminderContent(input: ReminderContentInput): ReminderContent {
  const { record, uiLanguage } = input;
  const t = trackingText(uiLanguage);
  const client = clientLabel(record, t.home.unknown);
  const project = record.subject || t.home.noSubject;
  const title = record.stage === 'reply' ? t.title.reply(client, project) : t.title.followUp(client, project);
  const suggestion = renderNudge({
    stage: record.stage ?? 'check-in',
    language: record.language,
    tone: input.tone === 'auto' ? input.record.tone : input.tone,
    firstName: firstNameOf({ email: record.clientEmail, name: record.clientName }),
    project: record.subject,
    lastMessageOn: record.lastMineOn ?? input.today,
    myName: input.myName,
  });
  const description = [
    stateLine(input),
    `${t.description.suggested}\n${suggestion.body}`,
    `${t.description.open} ${threadPermalink(record.threadId, input.userEmail)}`,
    t.description.footer,
  ].join('\n\n');
  return { title, description };
}
