// The homepage card: tracked threads in sections by what to do (due today and overdue, your turn, waiting,
// delivery problems; empty ones hidden), most overdue first, or an empty state that explains the add-on.
import { shortDate } from '../i18n/format-date';
import type { UiLanguage } from '../i18n';
import type { HomeEntry } from '../tracking/home-entries';
import { clientLabel } from '../tracking/reminder-content';
import { trackingText } from '../tracking/tracking-text';
import type { LocalDate } from '../types';
import type { ButtonView, CardView, SectionView, WidgetView } from './card-view';

/** Google renders at most 100 widgets per section; a longer list would also be unreadable. */
export const HOME_MAX_ENTRIES = 50;

export interface HomeActions {
  /** Opens a thread: called with parameter `t` (the thread id). */
  readonly openThread: string;
  readonly openSettings: string;
}

function settingsButton(language: UiLanguage, actions: HomeActions): ButtonView {
  return { label: trackingText(language).home.settings, action: { run: actions.openSettings } };
}

export function emptyHomeView(language: UiLanguage, actions?: HomeActions): CardView {
  const t = trackingText(language).home;
  return {
    name: 'home',
    title: t.title,
    sections: [{ widgets: t.emptyLines.map((text) => ({ type: 'text', text })) }],
    ...(actions ? { footer: settingsButton(language, actions) } : {}),
  };
}

function entryWidget(entry: HomeEntry, language: UiLanguage, today: LocalDate, run: string): WidgetView {
  const t = trackingText(language).home;
  const { record } = entry;
  const days = entry.daysWaiting ?? 0;
  const wait = record.stage === 'reply' ? t.yourTurn(days) : t.waiting(days);
  const next = record.nextOn && !record.undelivered ? t.next(shortDate(record.nextOn, language, today)) : '';
  const badge = record.undelivered
    ? t.bounced
    : entry.overdue
      ? t.overdue(entry.overdueDays ?? 0)
      : entry.overdueDays === 0
        ? t.dueToday
        : '';
  return {
    type: 'fact',
    label: [clientLabel(record, t.unknown), badge].filter(Boolean).join(' · '),
    value: record.subject || t.noSubject,
    detail: [wait, next].filter(Boolean).join(' · '),
    icon: record.undelivered ? 'info' : entry.overdue ? 'star' : record.stage === 'reply' ? 'email' : 'clock',
    action: { run, parameters: { t: record.threadId } },
  };
}

type Group = 'due' | 'yourTurn' | 'waiting' | 'problems';
const GROUPS: readonly Group[] = ['due', 'yourTurn', 'waiting', 'problems'];

/** What the user does about it: fix the address, answer, follow up now, or nothing yet. */
function groupOf(entry: HomeEntry): Group {
  if (entry.record.undelivered) return 'problems';
  if (entry.record.stage === 'reply') return 'yourTurn';
  return entry.overdueDays !== null && entry.overdueDays >= 0 ? 'due' : 'waiting';
}

export function homeView(
  entries: readonly HomeEntry[],
  language: UiLanguage,
  today: LocalDate,
  actions: HomeActions,
): CardView {
  if (entries.length === 0) return emptyHomeView(language, actions);
  const t = trackingText(language).home;
  const shown = entries.slice(0, HOME_MAX_ENTRIES);
  const sections: SectionView[] = GROUPS.map((group) => {
    const rows = shown.filter((entry) => groupOf(entry) === group);
    const widgets = rows.map((entry) => entryWidget(entry, language, today, actions.openThread));
    return { header: `${t.sections[group]} (${rows.length})`, widgets };
  }).filter((section) => section.widgets.length > 0);
  const more = entries.length - shown.length;
  if (more > 0) sections.push({ widgets: [{ type: 'text', text: t.more(more), style: 'muted' }] });
  return {
    name: 'home',
    title: t.title,
    subtitle: t.header(entries.length),
    sections,
    footer: settingsButton(language, actions),
  };
}
