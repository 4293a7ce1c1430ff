// Per-client reply delays gathered from the tracked records, for the typical reply time of a client.
import { MAX_CLIENT_DELAYS, type TrackedThread } from './tracked-thread';

/**
 * Client email → delays in days seen in threads other than `threadId`, the most recently seen threads'
 * samples first kept, at most MAX_CLIENT_DELAYS per client. Each thread stores its own samples, so reopening a
 * thread replaces them instead of counting them twice.
 */
export function replyDelaysElsewhere(
  records: readonly TrackedThread[],
  threadId: string,
): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const newestFirst = [...records].sort((a, b) => (a.seenOn < b.seenOn ? 1 : a.seenOn > b.seenOn ? -1 : 0));
  for (const record of newestFirst) {
    if (record.threadId === threadId || record.clientEmail === '' || record.delaysHours.length === 0)
      continue;
    const samples = (out[record.clientEmail] ??= []);
    for (const hours of [...record.delaysHours].reverse()) {
      if (samples.length < MAX_CLIENT_DELAYS) samples.push(hours / 24);
    }
  }
  return out;
}
