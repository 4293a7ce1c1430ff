// Which rung comes after n follow-ups, and how many working days it waits: spacing never shrinks.
import type { LadderSettings } from '../settings';
import type { Stage } from '../types';
import type { NudgeReasonKind } from './nudge-types';

export interface LadderStep {
  /** The stage once the step is due ('check-in' is 'wait' until then). */
  readonly stage: Stage;
  readonly kind: NudgeReasonKind;
  /** Working days after the anchor (0 for 'rest', which counts in months). */
  readonly workingDays: number;
}

/**
 * Gaps grow through the ladder: each gap is at least the previous one, so a setting such as
 * changeChannelWorkingDays 2 with firstWaitWorkingDays 5 still waits 5 working days after the check-in.
 */
export function ladderStep(followUpsSent: number, ladder: LadderSettings): LadderStep {
  const first = ladder.firstWaitWorkingDays;
  const change = Math.max(ladder.changeChannelWorkingDays, first);
  const close = Math.max(ladder.closeLoopWorkingDays, change);
  if (followUpsSent <= 0) return { stage: 'check-in', kind: 'waiting', workingDays: first };
  if (followUpsSent === 1) return { stage: 'change-channel', kind: 'since-check-in', workingDays: change };
  if (followUpsSent === 2)
    return { stage: 'close-the-loop', kind: 'since-change-channel', workingDays: close };
  return { stage: 'rest', kind: 'closed', workingDays: 0 };
}
