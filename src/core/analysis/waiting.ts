// What counts while I wait: my contacts one per local day, and the absence notices still in force.
import type { LocalDate, Party, WorkCalendar } from '../types';
import type { AnnotatedMessage } from './annotate-messages';
import { clientAddressTest } from './find-client';

/**
 * My unanswered messages, the first of each local day only: "forgot the attachment" minutes after the
 * proposal is the same contact, not a follow-up.
 */
export function contactsByDay(mine: readonly AnnotatedMessage[], calendar: WorkCalendar): AnnotatedMessage[] {
  const days = new Set<LocalDate>();
  return mine.filter((m) => {
    const day = calendar.localDateOf(m.at, calendar.timeZone);
    return days.has(day) ? false : (days.add(day), true);
  });
}

/**
 * The newest notice after the client's last real reply whose return date is still ahead (today counts),
 * the client's organisation first. It outlasts my later messages: most systems answer each sender once.
 */
export function absenceInForce(
  messages: readonly AnnotatedMessage[],
  lastReply: number,
  client: Party | null,
  today: LocalDate,
): LocalDate | null {
  const isClientAddress = clientAddressTest(client);
  const notices = messages
    .slice(lastReply + 1)
    .filter((m) => m.kind === 'auto-reply' && m.outOfOfficeUntil !== null && m.outOfOfficeUntil >= today);
  const own = notices.filter((m) => isClientAddress(m.from));
  return (own.length > 0 ? own : notices).pop()?.outOfOfficeUntil ?? null;
}
