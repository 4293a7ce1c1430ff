// What my own words in the thread say: my register with the client and my last open question.
import { openQuestionOf } from '../message/open-question';
import { registerOfMessages } from '../message/register';
import type { Register } from '../types';
import type { AnnotatedMessage } from './annotate-messages';
import { wordsOf } from './own-words';

/** Texts of the messages of one kind, newest first, read only as far as the caller goes. */
function* textsOf(messages: readonly AnnotatedMessage[], kind: 'me' | 'client'): Generator<string> {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const m = messages[i] as AnnotatedMessage;
    const words = m.kind === kind ? wordsOf(m) : '';
    if (words !== '') yield words;
  }
}

/**
 * My register decides (it is how I chose to address this client); when none of my messages shows one,
 * the client's register with me is the best guess ("Sehr geehrte Frau Verdi" deserves a formal answer).
 */
export function threadRegister(messages: readonly AnnotatedMessage[]): Register | null {
  return registerOfMessages(textsOf(messages, 'me')) ?? registerOfMessages(textsOf(messages, 'client'));
}

/** The question of my unanswered messages (after the client's last reply): never quoted text, never theirs. */
export function myOpenQuestion(messages: readonly AnnotatedMessage[], lastReply: number): string | null {
  return openQuestionOf(textsOf(messages.slice(lastReply + 1), 'me'));
}
