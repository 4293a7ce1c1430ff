// The card Google Calendar shows beside an opened event: a Follow-up Coach reminder (state as of the last look,
// suggested date and text, Open the thread / Snooze / Done), a reminder whose record is gone, or another event.
import { daysBetween } from '../calendar-days';
import { eventCardText, type EventCardText } from '../i18n/event-card-strings';
import { dayAndDate, shortDate } from '../i18n/format-date';
import type { UiLanguage } from '../i18n/ui-language';
import { stageLabel } from '../nudge/describe-reason';
import { clientLabel } from '../tracking/reminder-content';
import type { SnoozeOption } from '../tracking/snooze-dates';
import { trackingText } from '../tracking/tracking-text';
import type { TrackedThread } from '../tracking/tracked-thread';
import type { LocalDate } from '../types';
import type { ButtonView, CardView, SectionView, WidgetView } from './card-view';

export const EVENT_CARD = 'event';

export interface EventCardActions {
  /** Called with `t` (thread), `c` (calendar), `v` (event) and `s` (a SnoozeKind). */
  readonly snooze: string;
  /** Called with `t`, `c`, `v`; `k: 'remove'` removes the event only (its record is already gone). */
  readonly done: string;
}

/** Which event a button acts on: the thread id (private extended property), the calendar and the event. */
export interface EventRef {
  readonly threadId: string;
  readonly calendarId: string;
  readonly eventId: string;
}

export interface ReminderCardInput {
  readonly record: TrackedThread;
  readonly ref: EventRef;
  /** The event's own start, in the user's time zone; null for an all-day or unreadable start. */
  readonly startsOn: LocalDate | null;
  readonly startsAt: string | null;
  readonly suggestedText: string | null;
  readonly snoozes: readonly SnoozeOption[];
  readonly permalink: string;
  readonly language: UiLanguage;
  readonly today: LocalDate;
  readonly actions: EventCardActions;
}

function parametersOf(ref: EventRef): Record<string, string> {
  return { t: ref.threadId, c: ref.calendarId, v: ref.eventId };
}

function statusValue(record: TrackedThread, t: EventCardText, unknown: string): string {
  const client = clientLabel(record, unknown);
  const days = record.since ? Math.max(0, daysBetween(record.since, record.seenOn)) : 0;
  if (record.state === 'no-client') return t.noClient;
  if (record.stage === 'rest') return t.closed(client);
  if (record.stage === 'reply') return t.yourTurn(client, days);
  return t.waiting(client, days);
}

function facts(input: ReminderCardInput, t: EventCardText): WidgetView[] {
  const { record, language, today } = input;
  const unknown = trackingText(language).home.unknown;
  const date = (d: LocalDate): string => dayAndDate(d, language, today);
  const out: WidgetView[] = [
    {
      type: 'fact',
      label: t.asOf(shortDate(record.seenOn, language, today)),
      value: statusValue(record, t, unknown),
      ...(record.stage ? { detail: `${t.nextStep}: ${stageLabel(record.stage, language)}` } : {}),
      icon: record.stage === 'reply' ? 'email' : 'clock',
    },
  ];
  if (record.nextOn)
    out.push({ type: 'fact', label: t.suggestedOn, value: date(record.nextOn), icon: 'star' });
  if (input.startsOn) {
    const when = input.startsAt ? t.at(date(input.startsOn), input.startsAt) : date(input.startsOn);
    out.push({ type: 'fact', label: t.reminder, value: when, icon: 'event' });
  }
  return out;
}

function snoozeLabel(option: SnoozeOption, input: ReminderCardInput, t: EventCardText): string {
  const date = dayAndDate(option.date, input.language, input.today);
  if (option.kind === 'three-working-days') return t.threeWorkingDays(date);
  if (option.kind === 'next-week') return t.nextWeek(date);
  return daysBetween(input.today, option.date) === 1 ? t.tomorrow(date) : t.nextWorkingDay(date);
}

function actionSections(input: ReminderCardInput, t: EventCardText): SectionView[] {
  const parameters = parametersOf(input.ref);
  const snoozes: ButtonView[] = input.snoozes.map((option) => ({
    label: snoozeLabel(option, input, t),
    action: { run: input.actions.snooze, parameters: { ...parameters, s: option.kind } },
  }));
  return [
    { header: t.snooze, widgets: [{ type: 'buttons', buttons: snoozes }] },
    {
      widgets: [
        { type: 'buttons', buttons: [{ label: t.done, action: { run: input.actions.done, parameters } }] },
        { type: 'text', text: t.doneHint, style: 'muted' },
      ],
    },
  ];
}

export function reminderCardView(input: ReminderCardInput): CardView {
  const t = eventCardText(input.language);
  const { record } = input;
  const home = trackingText(input.language).home;
  const suggested: WidgetView = input.suggestedText
    ? { type: 'text', text: input.suggestedText }
    : { type: 'text', text: t.noSuggestedText, style: 'muted' };
  return {
    name: EVENT_CARD,
    title: clientLabel(record, home.unknown),
    subtitle: record.subject || home.noSubject,
    sections: [
      {
        widgets: [
          ...facts(input, t),
          { type: 'buttons', buttons: [{ label: t.openThread, openUrl: input.permalink, filled: true }] },
        ],
      },
      { header: t.suggestedText, collapsible: true, visibleWhenCollapsed: 1, widgets: [suggested] },
      ...actionSections(input, t),
    ],
  };
}

/** The event still carries a thread id, but tracking was stopped (or the record pruned): offer to remove it. */
export function staleReminderView(language: UiLanguage, ref: EventRef, actions: EventCardActions): CardView {
  const t = eventCardText(language);
  const remove: ButtonView = {
    label: t.removeEvent,
    action: { run: actions.done, parameters: { ...parametersOf(ref), k: 'remove' } },
  };
  return {
    name: EVENT_CARD,
    title: t.title,
    sections: [
      {
        widgets: [
          { type: 'text', text: t.stale },
          { type: 'buttons', buttons: [remove] },
        ],
      },
    ],
  };
}

/** One line, as the design asks, for every event the add-on did not create. */
export function notReminderView(language: UiLanguage): CardView {
  const t = eventCardText(language);
  return {
    name: EVENT_CARD,
    title: 'Follow-up Coach',
    sections: [{ widgets: [{ type: 'text', text: t.notReminder, style: 'muted' }] }],
  };
}

/** After Done (or removing a stale reminder): the confirmation, and the thread still one click away. */
export function finishedView(language: UiLanguage, line: string, permalink: string | null): CardView {
  const t = eventCardText(language);
  const open: WidgetView[] = permalink
    ? [{ type: 'buttons', buttons: [{ label: t.openThread, openUrl: permalink }] }]
    : [];
  return {
    name: EVENT_CARD,
    title: t.title,
    sections: [{ widgets: [{ type: 'text', text: line }, ...open] }],
  };
}
