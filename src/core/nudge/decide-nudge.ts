// The nudge ladder: from a thread's analysis, today's step, its send date and the facts behind it.
import { addDays, addMonths, addWorkingDays, elapsed, workingDayOnOrAfter } from '../calendar-days';
import type { LadderSettings } from '../settings';
import type { LocalDate, ThreadAnalysis, WorkCalendar } from '../types';
import { firstNameOf } from '../texts/first-name';
import { ladderStep } from './ladder-steps';
import type { NudgeDecision, NudgeReason } from './nudge-types';
import { dayAfter, sendDate } from './send-date';

export interface DecideNudgeInput {
  readonly analysis: ThreadAnalysis;
  readonly ladder: LadderSettings;
  readonly calendar: WorkCalendar;
  readonly now: number;
}

interface Context extends DecideNudgeInput {
  readonly today: LocalDate;
  readonly localDate: (ms: number) => LocalDate;
}

/** null when nobody owes an answer ('settled') or there is no human counterpart ('no-client'). */
export function decideNudge(input: DecideNudgeInput): NudgeDecision | null {
  const { analysis, calendar, now } = input;
  if (analysis.state === 'no-client' || analysis.state === 'settled') return null;
  const localDate = (ms: number): LocalDate => calendar.localDateOf(ms, calendar.timeZone);
  const ctx: Context = { ...input, today: localDate(now), localDate };
  if (analysis.state !== 'awaiting-me') return ladderDecision(ctx);
  // analysis.promisedBy is read on the client's newest reply only: it alone makes that reply a promise.
  return analysis.promisedBy !== null ? promiseDecision(ctx, analysis.promisedBy) : replyDecision(ctx);
}

/**
 * "I'll send my notes by the end of the month" leaves the ball with the client until the day after that
 * date, though they wrote last: the reason counts from their reply, and the check-in refers to the promise.
 */
function promiseDecision(ctx: Context, promisedBy: LocalDate): NudgeDecision {
  const { analysis, calendar, now } = ctx;
  const repliedAt = analysis.lastClientReplyAt ?? now;
  const { sendOn, due } = sendDate({
    target: ctx.today,
    today: ctx.today,
    calendar,
    outOfOfficeUntil: analysis.outOfOfficeUntil,
    promisedBy,
  });
  const reason: NudgeReason = {
    kind: 'promised',
    workingDays: elapsed(repliedAt, now, calendar).workingDays,
    stepWorkingDays: 0,
    due,
    ...facts(ctx),
    promisedBy,
    promisedOn: ctx.localDate(repliedAt),
  };
  return { stage: due ? 'check-in' : 'wait', sendOn, reason, lastNudgeOn: lastNudgeOn(ctx) };
}

function replyDecision(ctx: Context): NudgeDecision {
  const { analysis, calendar, now } = ctx;
  const since = analysis.lastClientReplyAt ?? now;
  return {
    stage: 'reply',
    sendOn: workingDayOnOrAfter(ctx.today, calendar),
    reason: {
      kind: 'client-wrote-last',
      workingDays: elapsed(since, now, calendar).workingDays,
      stepWorkingDays: 0,
      due: true,
      ...facts(ctx),
    },
    lastNudgeOn: lastNudgeOn(ctx),
  };
}

function ladderDecision(ctx: Context): NudgeDecision {
  const { analysis, calendar, ladder, now } = ctx;
  const step = ladderStep(analysis.followUpsSent, ladder);
  const anchorMs = anchorOf(analysis) ?? now;
  const anchor = ctx.localDate(anchorMs);
  const { target, stretched } = targetDate(ctx, anchor, step.workingDays);
  const { sendOn, due } = sendDate({
    target,
    today: ctx.today,
    calendar,
    outOfOfficeUntil: analysis.outOfOfficeUntil,
    promisedBy: analysis.promisedBy,
  });
  const reason: NudgeReason = {
    kind: step.kind,
    workingDays: elapsed(anchorMs, now, calendar).workingDays,
    stepWorkingDays: step.workingDays,
    due,
    ...facts(ctx),
    ...(stretched ? { stretchedByTypicalReply: true } : {}),
    ...(step.kind === 'closed' ? { restMonths: ladder.restMonths } : {}),
  };
  const stage = step.stage === 'check-in' && !due ? 'wait' : step.stage;
  return { stage, sendOn, reason, lastNudgeOn: lastNudgeOn(ctx) };
}

/** My latest nudge, else my first unanswered message: the ladder counts from there. */
function anchorOf(analysis: ThreadAnalysis): number | null {
  const lastFollowUp = analysis.followUpAts[analysis.followUpAts.length - 1];
  if (analysis.followUpsSent > 0 && lastFollowUp !== undefined) return lastFollowUp;
  return analysis.lastMyMessageAt ?? analysis.waitingSince;
}

/** The step's date before absences and promises; the client's typical reply time stretches only the first wait. */
function targetDate(
  ctx: Context,
  anchor: LocalDate,
  workingDays: number,
): { target: LocalDate; stretched: boolean } {
  const { analysis, calendar, ladder } = ctx;
  if (analysis.followUpsSent >= 3) return { target: addMonths(anchor, ladder.restMonths), stretched: false };
  const byLadder = addWorkingDays(anchor, workingDays, calendar);
  if (analysis.followUpsSent > 0 || analysis.typicalReplyDays === null)
    return { target: byLadder, stretched: false };
  const typicalDays = Math.ceil(ladder.typicalReplyFactor * analysis.typicalReplyDays);
  const byTypical = workingDayOnOrAfter(addDays(anchor, typicalDays), calendar);
  return byTypical > byLadder
    ? { target: byTypical, stretched: true }
    : { target: byLadder, stretched: false };
}

/** Facts every reason carries when known: the client's name, typical reply time, absence and promise. */
function facts(ctx: Context): Partial<NudgeReason> {
  const { analysis, calendar, today } = ctx;
  const name = firstNameOf(analysis.client);
  const stillAway =
    analysis.outOfOfficeUntil !== null && dayAfter(analysis.outOfOfficeUntil, calendar) >= today;
  const promiseOpen = analysis.promisedBy !== null && dayAfter(analysis.promisedBy, calendar) >= today;
  return {
    ...(name !== null ? { clientName: name } : {}),
    ...(analysis.typicalReplyDays !== null ? { typicalReplyDays: analysis.typicalReplyDays } : {}),
    ...(stillAway && analysis.outOfOfficeUntil !== null ? { backOn: analysis.outOfOfficeUntil } : {}),
    ...(promiseOpen && analysis.promisedBy !== null ? { promisedBy: analysis.promisedBy } : {}),
  };
}

function lastNudgeOn(ctx: Context): LocalDate | null {
  const last = ctx.analysis.followUpAts[ctx.analysis.followUpAts.length - 1];
  return last === undefined ? null : ctx.localDate(last);
}
