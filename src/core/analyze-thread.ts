// The whole analysis of one thread: kinds, client, state, waiting time, follow-ups, absences and promises.
import { elapsed } from './calendar-days';
import { annotateMessages, type AnnotatedMessage } from './analysis/annotate-messages';
import { clientReplyTest, findClient } from './analysis/find-client';
import { withListAuthors } from './analysis/list-authors';
import { withListReplies } from './analysis/list-replies';
import { myOpenQuestion, threadRegister } from './analysis/my-words';
import { orderMessages } from './analysis/order-messages';
import { wordsOf } from './analysis/own-words';
import { asksOf, isHuman, settledBy, settledWindow, type SettledBy } from './analysis/settled';
import { absenceInForce, contactsByDay } from './analysis/waiting';
import { promisedDate } from './message/promised-date';
import { projectName } from './message/subject';
import { median, replyDelays } from './typical-reply';
import type {
  AnalyzedMessage,
  Identity,
  Party,
  ThreadAnalysis,
  ThreadData,
  ThreadState,
  WorkCalendar,
} from './types';

export interface AnalyzeThreadInput {
  readonly thread: ThreadData;
  readonly identity: Identity;
  readonly calendar: WorkCalendar;
  readonly now: number;
  /** Client email → reply delays (days) seen in OTHER threads. */
  readonly replyDelaysElsewhere?: Readonly<Record<string, readonly number[]>>;
  /**
   * The user said "I'm still waiting for an answer" when the thread had this many human messages: while
   * none has been added since, a thread that would be settled is awaiting the client instead. 'now': the
   * user says so at this moment, about the thread as it is.
   */
  readonly stillWaitingAt?: number | 'now' | null;
  /** Read `asks` on every human message (the CLI's JSON); the add-on reads only those the rules need. */
  readonly everyAsk?: boolean;
}

const CLIENT_TEXT_LIMIT = 2000;

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i] as T)) return i;
  return -1;
}

function stateOf(client: Party | null, lastMine: number, lastReply: number, settled: boolean): ThreadState {
  if (client === null || (lastMine < 0 && lastReply < 0)) return 'no-client';
  if (settled) return 'settled';
  return lastMine > lastReply ? 'awaiting-client' : 'awaiting-me';
}

/** "Still waiting" on a reply that needed no answer: I wait on an answer to my last message. */
function waitingState(state: ThreadState, settled: SettledBy | null, overridden: boolean): ThreadState {
  return overridden && settled !== null ? 'awaiting-client' : state;
}

function clientTextOf(
  messages: readonly AnnotatedMessage[],
  isClient: (m: AnnotatedMessage) => boolean,
): string {
  const texts = messages
    .filter(isClient)
    .map((m) => m.text)
    .filter((t) => t !== '')
    .reverse();
  return texts.join('\n\n').slice(0, CLIENT_TEXT_LIMIT);
}

/** My own words, newest first, unquoted only as far as the limit needs (the language fallback). */
function myTextOf(messages: readonly AnnotatedMessage[]): string {
  let text = '';
  for (let i = messages.length - 1; i >= 0 && text.length < CLIENT_TEXT_LIMIT; i -= 1) {
    const m = messages[i] as AnnotatedMessage;
    if (m.kind === 'me') text += `${wordsOf(m)}\n\n`;
  }
  return text.trim().slice(0, CLIENT_TEXT_LIMIT);
}

function plain(m: AnnotatedMessage, asks: boolean | null): AnalyzedMessage {
  return {
    id: m.id,
    at: m.at,
    from: m.from,
    kind: m.kind,
    robot: m.robot === true,
    outOfOfficeUntil: m.outOfOfficeUntil,
    promisedBy: m.promisedBy,
    asks,
  };
}

/**
 * Only the client's newest reply sets the thread's promised date (a later message supersedes an older
 * promise), and reading promises is the costliest rule, so it runs on that one message.
 */
function withPromise(messages: AnnotatedMessage[], index: number, calendar: WorkCalendar): void {
  const m = messages[index] as AnnotatedMessage;
  messages[index] = { ...m, promisedBy: promisedDate(m.text, m.at, calendar) };
}

export function analyzeThread(input: AnalyzeThreadInput): ThreadAnalysis {
  const { thread, identity, calendar, now } = input;
  const annotated = annotateMessages(
    orderMessages(withListAuthors(thread.messages, identity)),
    identity,
    calendar,
  );
  const messages = withListReplies(annotated, identity);
  const client = findClient(messages, identity);
  const isClient = clientReplyTest(client);
  const lastReply = lastIndex(messages, isClient);
  if (lastReply >= 0) withPromise(messages, lastReply, calendar);
  const lastMine = lastIndex(messages, (m) => m.kind === 'me');
  const asks = asksOf(messages, input.everyAsk ? -1 : settledWindow(messages, lastMine, lastReply));
  const promised = lastReply >= 0 && (messages[lastReply] as AnnotatedMessage).promisedBy !== null;
  const settled = settledBy({ messages, asks, lastMine, lastReply, promised });
  const humanMessages = messages.filter(isHuman).length;
  const overridden =
    settled !== null && (input.stillWaitingAt === 'now' || input.stillWaitingAt === humanMessages);
  const state = waitingState(stateOf(client, lastMine, lastReply, settled !== null), settled, overridden);
  // Automated mail is skipped by construction: only 'me' messages after the last client reply count.
  const answeredUpTo = lastMine > lastReply ? lastReply : lastMine - 1;
  const unanswered =
    state === 'awaiting-client'
      ? contactsByDay(
          messages.slice(answeredUpTo + 1).filter((m) => m.kind === 'me'),
          calendar,
        )
      : [];
  const waitingSince = unanswered[0]?.at ?? null;
  const replyAt = lastReply >= 0 ? (messages[lastReply] as AnnotatedMessage).at : null;
  const sinceReply = replyAt === null ? null : elapsed(replyAt, now, calendar);
  const waited = waitingSince === null ? null : elapsed(waitingSince, now, calendar);
  const delays = replyDelays(messages, isClient);
  const elsewhere = client ? (input.replyDelaysElsewhere?.[client.email] ?? []) : [];
  return {
    threadId: thread.id,
    project: projectName(thread.subject || (messages[0]?.message.subject ?? '')),
    client,
    state,
    lastClientReplyAt: replyAt,
    daysSinceClientReply: sinceReply?.days ?? null,
    workingDaysSinceClientReply: sinceReply?.workingDays ?? null,
    waitingSince,
    daysWaiting: waited?.days ?? null,
    workingDaysWaiting: waited?.workingDays ?? null,
    lastMyMessageAt: lastMine >= 0 ? (messages[lastMine] as AnnotatedMessage).at : null,
    followUpAts: unanswered.slice(1).map((m) => m.at),
    followUpsSent: Math.max(0, unanswered.length - 1),
    outOfOfficeUntil:
      lastMine >= 0
        ? absenceInForce(messages, lastReply, client, calendar.localDateOf(now, calendar.timeZone))
        : null,
    promisedBy: lastReply >= 0 ? (messages[lastReply] as AnnotatedMessage).promisedBy : null,
    typicalReplyDays: median([...delays, ...elsewhere]),
    replyDelaysDays: delays,
    clientText: clientTextOf(messages, isClient),
    myText: myTextOf(messages),
    undelivered: lastMine > lastReply && messages.slice(lastMine + 1).some((m) => m.kind === 'bounce'),
    messages: messages.map((m, i) => plain(m, asks[i] ?? null)),
    settledBy: state === 'settled' ? settled : null,
    stillWaiting: overridden,
    humanMessages,
    register: threadRegister(messages),
    openQuestion: state === 'awaiting-client' ? myOpenQuestion(messages, answeredUpTo) : null,
  };
}
