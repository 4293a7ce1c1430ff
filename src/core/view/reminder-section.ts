// The sidebar's reminder part: the existing reminder, a date picker with "Remind me on <date>" (or "remind me
// to reply", "check in again in N months"), removing it, and "Stop tracking this thread".
import { dayAndDate } from '../i18n/format-date';
import type { UiLanguage } from '../i18n';
import type { ReminderSlot } from '../tracking/reminder-slot';
import { remindButton, reminderWhen } from '../tracking/reminder-when';
import { trackingText } from '../tracking/tracking-text';
import type { TrackedThread } from '../tracking/tracked-thread';
import type { LocalDate } from '../types';
import type { ButtonView, SectionView, WidgetView } from './card-view';

export const REMINDER_DATE_INPUT = 'reminderDate';

export interface ReminderActions {
  readonly set: string;
  readonly remove: string;
  readonly stop: string;
}

export interface ReminderSectionInput {
  /** The thread's record as the sidebar computed it, with the stored reminder (date, event id) carried over. */
  readonly record: TrackedThread;
  /** The nudge's suggested date (NudgeDecision.sendOn). */
  readonly suggestedOn: LocalDate | null;
  readonly restMonths: number;
  readonly reminderTime: string;
  /** When a reminder chosen for a day goes (never in the past); without it, that day at reminderTime. */
  readonly slotOf?: (date: LocalDate) => ReminderSlot;
  readonly language: UiLanguage;
  readonly today: LocalDate;
  readonly actions: ReminderActions;
  /** The sidebar shows the main button ("Remind me on …") in its fixed footer instead. */
  readonly mainInFooter?: boolean;
}

function slotOf(input: ReminderSectionInput, date: LocalDate): ReminderSlot {
  return input.slotOf?.(date) ?? { date, time: input.reminderTime };
}

function mainLabel(input: ReminderSectionInput, date: LocalDate, hasReminder: boolean): string {
  const t = trackingText(input.language);
  const { record } = input;
  if (hasReminder) return t.move;
  // A client who promised an answer wrote last too, but the next move is still theirs.
  if (record.stage === 'reply') {
    return `${t.remindToReply} ${reminderWhen(slotOf(input, date), input.language, input.today)}`;
  }
  if (record.stage === 'rest') return t.checkInLater(input.restMonths);
  return remindButton(slotOf(input, date), input.language, input.today);
}

function reminderFacts(input: ReminderSectionInput) {
  const { record, today } = input;
  const hasReminder = record.eventId !== '' && record.reminderOn !== null && record.reminderOn >= today;
  const suggested = input.suggestedOn !== null && input.suggestedOn >= today ? input.suggestedOn : today;
  const date = hasReminder && record.reminderOn ? record.reminderOn : suggested;
  return { hasReminder, date, parameters: { t: record.threadId, d: date } };
}

/** "Remind me on Wed 25 Nov" (or to reply, or in N months; "Move the reminder" once one is set). */
export function reminderButton(input: ReminderSectionInput): ButtonView | null {
  if (input.record.state === 'no-client') return null;
  const { hasReminder, date, parameters } = reminderFacts(input);
  return {
    label: mainLabel(input, date, hasReminder),
    action: { run: input.actions.set, parameters },
    filled: true,
  };
}

/** null for threads with nobody to wait on. */
export function reminderSection(input: ReminderSectionInput): SectionView | null {
  const { record, language, today, actions } = input;
  if (record.state === 'no-client') return null;
  const t = trackingText(language);
  const { hasReminder, date, parameters } = reminderFacts(input);
  const current: WidgetView = hasReminder
    ? {
        type: 'fact',
        label: t.section,
        value: t.reminderOn(dayAndDate(date, language, today), record.reminderTime ?? input.reminderTime),
        icon: 'event',
      }
    : { type: 'text', text: t.noReminder, style: 'muted' };
  const main = reminderButton(input);
  const buttons: ButtonView[] = [
    // With the main button in the footer, the picker keeps its own button for a date the user chose.
    ...(main ? [input.mainInFooter ? { label: t.remindChosen, action: main.action! } : main] : []),
    ...(hasReminder ? [{ label: t.remove, action: { run: actions.remove, parameters } }] : []),
  ];
  return {
    header: t.section,
    widgets: [
      current,
      { type: 'date', name: REMINDER_DATE_INPUT, label: t.pickDate, value: date },
      ...(buttons.length > 0 ? [{ type: 'buttons' as const, buttons }] : []),
      { type: 'buttons', buttons: [{ label: t.stop, action: { run: actions.stop, parameters } }] },
    ],
  };
}
