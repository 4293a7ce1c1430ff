// A human message's own words (quotes and signature removed), computed once and only when a rule needs them.
import { unquotedText } from '../message/quoted-text';
import type { MailMessage } from '../types';
import type { AnnotatedMessage } from './annotate-messages';

/** My messages' words are read on demand: a long thread needs only the newest few (cost budget of an open). */
const CACHE = new WeakMap<MailMessage, string>();

export function wordsOf(m: AnnotatedMessage): string {
  if (m.kind !== 'me') return m.text;
  let words = CACHE.get(m.message);
  if (words === undefined) CACHE.set(m.message, (words = unquotedText(m.message.body)));
  return words;
}
