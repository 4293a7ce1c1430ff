// The homepage list: tracked threads that still need the user, most overdue first.
import { daysBetween } from '../calendar-days';
import type { LocalDate } from '../types';
import type { TrackedThread } from './tracked-thread';

export interface HomeEntry {
  readonly record: TrackedThread;
  /** Days since `since` (waiting since / the client's reply); null when unknown. */
  readonly daysWaiting: number | null;
  /** Days the next step is past its date (0 when due today, negative when ahead). */
  readonly overdueDays: number | null;
  readonly overdue: boolean;
}

export function homeEntries(records: readonly TrackedThread[], today: LocalDate): HomeEntry[] {
  return (
    records
      // Settled threads owe nobody an answer: no wait to show, no date to be overdue on.
      .filter((r) => r.state !== 'no-client' && r.state !== 'settled')
      .map((record) => {
        const overdueDays = record.nextOn === null ? null : daysBetween(record.nextOn, today);
        return {
          record,
          daysWaiting: record.since === null ? null : Math.max(0, daysBetween(record.since, today)),
          overdueDays,
          overdue: overdueDays !== null && overdueDays > 0,
        };
      })
      .sort(byMostOverdue)
  );
}

/** Most overdue first; threads without a next date last; then the longest wait; then the subject. */
function byMostOverdue(a: HomeEntry, b: HomeEntry): number {
  const ao = a.overdueDays ?? Number.NEGATIVE_INFINITY;
  const bo = b.overdueDays ?? Number.NEGATIVE_INFINITY;
  if (ao !== bo) return bo - ao;
  const aw = a.daysWaiting ?? -1;
  const bw = b.daysWaiting ?? -1;
  if (aw !== bw) return bw - aw;
  return a.record.subject.localeCompare(b.record.subject);
}
