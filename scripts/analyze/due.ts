// `--due`: the threads whose follow-up (or reply) is due today or overdue, most overdue first.
import type { AnalyzedThreadInput } from './to-json';

interface DueNudge {
  readonly stage: string;
  readonly sendOn: string;
  readonly reason: { readonly due: boolean; readonly workingDays: number; readonly stepWorkingDays: number };
}

export interface DueThread {
  readonly thread: AnalyzedThreadInput;
  readonly nudge: DueNudge;
  /** Working days past the step's own date (0: due today). */
  readonly overdue: number;
  /** Days (calendar, working) since what I am waiting on: my unanswered message, or the client's reply. */
  readonly days: number | null;
  readonly workingDays: number | null;
}

function dueNudge(nudge: unknown): DueNudge | null {
  const n = nudge as Partial<DueNudge> | null | undefined;
  return n && n.reason?.due === true && typeof n.sendOn === 'string' ? (n as DueNudge) : null;
}

export function dueThreadOf(thread: AnalyzedThreadInput): DueThread | null {
  const nudge = dueNudge(thread.nudge);
  if (nudge === null) return null;
  const a = thread.analysis;
  const mine = a.state === 'awaiting-me';
  return {
    thread,
    nudge,
    overdue: Math.max(0, nudge.reason.workingDays - nudge.reason.stepWorkingDays),
    days: mine ? a.daysSinceClientReply : a.daysWaiting,
    workingDays: mine ? a.workingDaysSinceClientReply : a.workingDaysWaiting,
  };
}

/** Most overdue first; then the longest wait; then the project's name, so the order is stable. */
export function byMostOverdue(a: DueThread, b: DueThread): number {
  return (
    b.overdue - a.overdue ||
    (b.workingDays ?? -1) - (a.workingDays ?? -1) ||
    (b.days ?? -1) - (a.days ?? -1) ||
    a.thread.analysis.project.localeCompare(b.thread.analysis.project)
  );
}

/** The due threads of a run, sorted; only these are held. */
export function dueThreads(threads: Iterable<AnalyzedThreadInput>): DueThread[] {
  const out: DueThread[] = [];
  for (const t of threads) {
    const due = dueThreadOf(t);
    if (due) out.push(due);
  }
  return out.sort(byMostOverdue);
}
