// Reads the open thread and runs the core on it: analysis and next nudge, shared by every thread callback.
import { analyzeThread } from '../core/analyze-thread';
import { suggestNudge } from '../core/nudge/suggest-nudge';
import type { NudgeSuggestion } from '../core/nudge/nudge-types';
import type { ThreadAnalysis, ThreadData, Tone } from '../core/types';
import type { CardView } from '../core/view/card-view';
import { sidebarView } from '../core/view/sidebar-view';
import { readOpenThread } from '../gmail/read-thread';
import { ACTIONS } from './action-names';
import type { HandlerContext } from './context';

export interface ThreadInsight {
  readonly thread: ThreadData;
  readonly analysis: ThreadAnalysis;
  readonly nudge: NudgeSuggestion | null;
  readonly tone: Tone;
}

export class NoOpenThreadError extends Error {
  override readonly name = 'NoOpenThreadError';
}

export function loadThreadInsight(
  context: HandlerContext,
  tone: Tone = context.settings.tone,
): ThreadInsight {
  const { event, calendar, now } = context;
  if (!event.gmail) throw new NoOpenThreadError('This action needs an open Gmail thread.');
  const thread = readOpenThread(event.gmail);
  const analysis = analyzeThread({ thread, identity: context.identity, calendar, now });
  const settings = { ...context.settings, tone };
  const nudge = suggestNudge({ analysis, settings, calendar, now, userLocale: event.locale });
  return { thread, analysis, nudge, tone };
}

export function sidebarFor(context: HandlerContext, insight: ThreadInsight): CardView {
  const { calendar, now } = context;
  const localDate = (ms: number) => calendar.localDateOf(ms, calendar.timeZone);
  return sidebarView({
    analysis: insight.analysis,
    nudge: insight.nudge,
    tone: insight.tone,
    language: context.language,
    text: context.text,
    today: localDate(now),
    localDate,
    holidaysUnavailable: false,
    actions: { replyWithThis: ACTIONS.replyWithThis, changeTone: ACTIONS.changeTone },
  });
}
