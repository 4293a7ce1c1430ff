// Reads the open thread and runs the core on it: analysis and next nudge, shared by every thread callback.
import { analyzeThread } from '../core/analyze-thread';
import type { ToneSetting } from '../core/nudge/choose-tone';
import { suggestNudge, textInput } from '../core/nudge/suggest-nudge';
import type { RenderNudgeInput } from '../core/texts/render-nudge';
import { storedRecord } from '../store/tracked-store';
import { hasFutureReminder } from '../core/tracking/tracked-thread';
import type { NudgeSuggestion } from '../core/nudge/nudge-types';
import { readRecords } from '../core/tracking/record-codec';
import { replyDelaysElsewhere } from '../core/tracking/reply-delays';
import type { Stage, ThreadAnalysis, ThreadData, WorkCalendar } from '../core/types';
import type { CardView } from '../core/view/card-view';
import { sidebarView } from '../core/view/sidebar-view';
import { reminderButton, reminderSection, type ReminderSectionInput } from '../core/view/reminder-section';
import { readOpenThread } from '../gmail/read-thread';
import { isStopped } from '../store/tracked-store';
import { trackingText } from '../core/tracking/tracking-text';
import { loadDaysOff } from '../store/days-off-store';
import { ACTIONS } from './action-names';
import type { HandlerContext } from './context';
import { currentRecord, type TrackedOpen } from './on-reminder-thread-open';
import { slotFor } from './reminder-slot-of';

export interface ThreadInsight {
  readonly thread: ThreadData;
  readonly analysis: ThreadAnalysis;
  readonly nudge: NudgeSuggestion | null;
  /** The tone asked for: the setting, or the sidebar's dropdown ('auto' follows the thread's register). */
  readonly tone: ToneSetting;
  /** The text input of this thread, for texts other than the suggestion (alternatives, "Reply anyway"). */
  readonly textInput: (stage: Stage) => RenderNudgeInput;
  /** The context's calendar plus public holidays and out-of-office days (cached, read once a day). */
  readonly calendar: WorkCalendar;
  readonly holidaysUnavailable: boolean;
  /** Writes the thread-open handler stores with the record (the refreshed holiday cache). */
  readonly pendingWrites: Readonly<Record<string, string>>;
}

export class NoOpenThreadError extends Error {
  override readonly name = 'NoOpenThreadError';
}

/** `stillWaiting`: the user just said "I'm still waiting for an answer" about this thread. */
export function loadThreadInsight(
  context: HandlerContext,
  tone: ToneSetting = context.settings.tone,
  stillWaiting = false,
): ThreadInsight {
  const { event, now, settings: stored } = context;
  if (!event.gmail) throw new NoOpenThreadError('This action needs an open Gmail thread.');
  const thread = readOpenThread(event.gmail);
  const daysOff = loadDaysOff({
    stored: context.stored,
    country: stored.holidayCountry,
    calendar: context.calendar,
    now,
  });
  const { calendar } = daysOff;
  const elsewhere = replyDelaysElsewhere(readRecords(context.stored), thread.id);
  const analysis = analyzeThread({
    thread,
    identity: context.identity,
    calendar,
    now,
    replyDelaysElsewhere: elsewhere,
    stillWaitingAt: stillWaiting ? 'now' : (storedRecord(context.stored, thread.id)?.stillWaitingAt ?? null),
  });
  const settings = { ...stored, tone };
  const input = { analysis, settings, calendar, now, userLocale: event.locale };
  const nudge = suggestNudge(input);
  const { holidaysUnavailable, cacheWrite: pendingWrites } = daysOff;
  const texts = (stage: Stage) => textInput(input, stage);
  return { thread, analysis, nudge, tone, textInput: texts, calendar, holidaysUnavailable, pendingWrites };
}

/** `tracked` comes from the thread-open write; other callbacks show the record without writing it. */
export function sidebarFor(
  context: HandlerContext,
  insight: ThreadInsight,
  tracked?: TrackedOpen,
  stopped = isStopped(context.stored, insight.analysis.threadId),
): CardView {
  const { calendar, now } = context;
  const localDate = (ms: number) => calendar.localDateOf(ms, calendar.timeZone);
  const today = localDate(now);
  const record = tracked?.record ?? currentRecord(context, insight);
  // A settled thread suggests no reminder; one set earlier stays visible so it can be moved or removed.
  const quiet = insight.analysis.state === 'settled' && !hasFutureReminder(record, today);
  const reminderInput: ReminderSectionInput = {
    record,
    suggestedOn: insight.nudge?.sendOn ?? null,
    restMonths: context.settings.ladder.restMonths,
    reminderTime: context.settings.reminderTime,
    slotOf: (date) => slotFor(context, date),
    language: context.language,
    today,
    actions: { set: ACTIONS.setReminder, remove: ACTIONS.removeReminder, stop: ACTIONS.stopTracking },
    mainInFooter: true,
  };
  return sidebarView({
    analysis: insight.analysis,
    nudge: insight.nudge,
    tone: insight.tone,
    toneUsed: insight.nudge?.tone ?? insight.textInput('check-in').tone,
    language: context.language,
    text: context.text,
    today: localDate(now),
    localDate,
    holidaysUnavailable: insight.holidaysUnavailable,
    actions: {
      replyWithThis: ACTIONS.replyWithThis,
      changeTone: ACTIONS.changeTone,
      stillWaiting: ACTIONS.stillWaiting,
    },
    reminder: quiet ? null : reminderSection(reminderInput),
    reminderButton: quiet ? null : reminderButton(reminderInput),
    trackingNotice: tracked?.notice ?? null,
    untracked: stopped ? untrackedParts(context, insight.analysis.threadId) : null,
  });
}

/** After "Stop tracking": the card says so and offers "Track again" (the homepage no longer lists it). */
function untrackedParts(context: HandlerContext, threadId: string) {
  const t = trackingText(context.language);
  const action = { run: ACTIONS.trackAgain, parameters: { t: threadId } };
  return { notice: t.notTracked, trackAgain: { label: t.trackAgain, action } };
}
