// Whether anybody owes an answer: per human message whether it asks, and who settled the thread if nobody does.
import { acknowledgesOnly, asksForAnswer } from '../message/asks';
import { promisesAnswer } from '../message/promises-answer';
import type { AnnotatedMessage } from './annotate-messages';
import { wordsOf } from './own-words';

/** 'mine': my unanswered messages ask nothing; 'client': the client's reply asks nothing and answers mine. */
export type SettledBy = 'mine' | 'client';

export const isHuman = (m: AnnotatedMessage): boolean => m.kind === 'me' || m.kind === 'client';

/**
 * Per message after `from` (every message when -1): whether it asks for an answer; null for automated
 * mail, which never asks anyone, and for the messages before `from`, which no rule reads.
 */
export function asksOf(messages: readonly AnnotatedMessage[], from = -1): (boolean | null)[] {
  return messages.map((m, i) => (i > from && isHuman(m) ? asksForAnswer(wordsOf(m)) : null));
}

/**
 * The first message settledBy reads is after this index: the client's last message before my last one
 * (my messages since then are what the client's reply answers), or the client's last reply if earlier.
 */
export function settledWindow(
  messages: readonly AnnotatedMessage[],
  lastMine: number,
  lastReply: number,
): number {
  return Math.min(lastReply, lastIndexBefore(messages, Math.max(lastMine, 0), 'client'));
}

export interface SettledInput {
  readonly messages: readonly AnnotatedMessage[];
  readonly asks: readonly (boolean | null)[];
  readonly lastMine: number;
  readonly lastReply: number;
  /** The client's newest reply promised an answer: the ball stays with them, so never settled. */
  readonly promised: boolean;
}

function indexesAfter(messages: readonly AnnotatedMessage[], from: number, kind: string): number[] {
  const out: number[] = [];
  for (let i = from + 1; i < messages.length; i += 1)
    if ((messages[i] as AnnotatedMessage).kind === kind) out.push(i);
  return out;
}

/**
 * Every unanswered message counts, not only the newest: a question in my proposal stays open after a
 * later "PS: forgot the attachment". The client's reply settles the thread only when it also answers
 * mine: a bare "received, thanks" after my question leaves the question open.
 */
export function settledBy(input: SettledInput): SettledBy | null {
  const { messages, asks, lastMine, lastReply } = input;
  if (input.promised || lastMine < 0) return null;
  if (lastMine > lastReply) {
    return indexesAfter(messages, lastReply, 'me').some((i) => asks[i]) ? null : 'mine';
  }
  const theirs = indexesAfter(messages, lastMine, 'client');
  if (theirs.length === 0 || theirs.some((i) => asks[i])) return null;
  if (theirs.some((i) => promisesAnswer(wordsOf(messages[i] as AnnotatedMessage)))) return null;
  const previousReply = lastIndexBefore(messages, lastMine, 'client');
  const myQuestionOpen = indexesAfter(messages, previousReply, 'me').some((i) => i < lastMine + 1 && asks[i]);
  const onlyAcknowledged = theirs.every((i) => acknowledgesOnly(wordsOf(messages[i] as AnnotatedMessage)));
  return myQuestionOpen && onlyAcknowledged ? null : 'client';
}

function lastIndexBefore(messages: readonly AnnotatedMessage[], before: number, kind: string): number {
  for (let i = before - 1; i >= 0; i -= 1) if ((messages[i] as AnnotatedMessage).kind === kind) return i;
  return -1;
}
