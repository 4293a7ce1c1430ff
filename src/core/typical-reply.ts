// Typical reply time: the delays between my messages and the client's next real reply, and their median.
import type { MessageKind } from './types';

const DAY_MS = 86_400_000;

export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface TimedMessage {
  readonly at: number;
  readonly kind: MessageKind;
}

/**
 * Days (fractional) from each of my messages that got a client reply to that reply, for messages in date
 * order. The clock starts at my first message after the previous client reply: follow-ups don't reset it.
 * Automated mail is ignored; `isClientReply` lets the caller restrict replies to the client's organisation.
 */
export function replyDelays<M extends TimedMessage>(
  messages: readonly M[],
  isClientReply: (m: M) => boolean = (m) => m.kind === 'client',
): number[] {
  const delays: number[] = [];
  let pendingSince: number | null = null;
  for (const m of messages) {
    if (m.kind === 'me') {
      pendingSince ??= m.at;
    } else if (isClientReply(m)) {
      if (pendingSince !== null) delays.push(Math.max(0, m.at - pendingSince) / DAY_MS);
      pendingSince = null;
    }
  }
  return delays;
}
