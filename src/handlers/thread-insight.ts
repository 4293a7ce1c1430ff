// Reads the open thread and runs the core on it: analysis and next nudge, shared by every thread callback.
import { analyzeThread } from '../core/analyze-thread';
import { suggestNudge } from '../core/nudge/suggest-nudge';
import type { NudgeSuggestion } from '../core/nudge/nudge-types';
import { readRecords } from '../core/tracking/record-codec';
import { replyDelaysElsewhere } from '../core/tracking/reply-delays';
import type { ThreadAnalysis, ThreadData, Tone, WorkCalendar } from '../core/types';
import type { CardView } from '../core/view/card-view';
import { sidebarView } from '../core/view/sidebar-view';
import { reminderSection } from '../core/view/reminder-section';
import { readOpenThread } from '../gmail/read-thread';
import { loadDaysOff } from '../store/days-off-store';
import { ACTIONS } from './action-names';
import type { HandlerContext } from './context';
import { currentRecord, type TrackedOpen } from './on-reminder-thread-open';
import { slotFor } from './reminder-slot-of';

export interface ThreadInsight {
  readonly thread: ThreadData;
  readonly analysis: ThreadAnalysis;
  readonly nudge: NudgeSuggestion | null;
  readonly tone: Tone;
  /** The context's calendar plus public holidays and out-of-office days (cached, read once a day). */
  readonly calendar: WorkCalendar;
  readonly holidaysUnavailable: boolean;
  /** Writes the thread-open handler stores with the record (the refreshed holiday cache). */
  readonly pendingWrites: Readonly<Record<string, string>>;
}

export class NoOpenThreadError extends Error {
  override readonly name = 'NoOpenThreadError';
}

export function loadThreadInsight(
  context: HandlerContext,
  tone: Tone = context.settings.tone,
): ThreadInsight {
  const { event, now, settings: stored } = context;
  if (!event.gmail) throw new NoOpenThreadError('This action needs an open Gmail thread.');
  const thread = readOpenThread(event.gmail);
  const daysOff = loadDaysOff({
    stored: context.stored,
    country: stored.holidayCountry,
    calendar: context.calendar,
    now,
    locale: event.locale,
  });
  const { calendar } = daysOff;
  const elsewhere = replyDelaysElsewhere(readRecords(context.stored), thread.id);
  const analysis = analyzeThread({
    thread,
    identity: context.identity,
    calendar,
    now,
    replyDelaysElsewhere: elsewhere,
  });
  const settings = { ...stored, tone };
  const nudge = suggestNudge({ analysis, settings, calendar, now, userLocale: event.locale });
  const { holidaysUnavailable, cacheWrite: pendingWrites } = daysOff;
  return { thread, analysis, nudge, tone, calendar, holidaysUnavailable, pendingWrites };
}

/** `tracked` comes from the thread-open write; other callbacks show the record without writing it. */
export function sidebarFor(context: HandlerContext, insight: ThreadInsight, tracked?: TrackedOpen): CardView {
  const { calendar, now } = context;
  const localDate = (ms: number) => calendar.localDateOf(ms, calendar.timeZone);
  const today = localDate(now);
  const reminder = reminderSection({
    record: tracked?.record ?? currentRecord(context, insight),
    suggestedOn: insight.nudge?.sendOn ?? null,
    restMonths: context.settings.ladder.restMonths,
    reminderTime: context.settings.reminderTime,
    slotOf: (date) => slotFor(context, date),
    language: context.language,
    today,
    actions: { set: ACTIONS.setReminder, remove: ACTIONS.removeReminder, stop: ACTIONS.stopTracking },
  });
  return sidebarView({
    analysis: insight.analysis,
    nudge: insight.nudge,
    tone: insight.tone,
    language: context.language,
    text: context.text,
    today: localDate(now),
    localDate,
    holidaysUnavailable: insight.holidaysUnavailable,
    actions: { replyWithThis: ACTIONS.replyWithThis, changeTone: ACTIONS.changeTone },
    reminder,
    trackingNotice: tracked?.notice ?? null,
  });
}
