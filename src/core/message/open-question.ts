// My open question: the last real question in my own words, as I wrote it, short enough to quote in a check-in.
import { isRealQuestion } from './asks';
import { sentencesOf, withoutSalutation } from './sentences';

export const OPEN_QUESTION_MAX = 160;

/** Quotation marks would nest inside the check-in's own wording; the question is restated without them. */
const QUOTES = /["“”«»„‚‘’`]|(^|\s)'|'(?=\s|$)/g;

/**
 * A question longer than the limit keeps its last clause ("…, and does the scope match what you had in
 * mind?"), which carries the ask; a question that still does not fit is not restated.
 */
function fitted(question: string): string | null {
  const clean = question.replace(QUOTES, '$1').replace(/\s+/g, ' ').trim();
  if (clean.length <= OPEN_QUESTION_MAX) return clean;
  const cut = Math.max(
    clean.lastIndexOf(', ', clean.length - 2),
    clean.lastIndexOf('; '),
    clean.lastIndexOf(': '),
  );
  const clause = cut > 0 ? clean.slice(cut + 2).trim() : '';
  if (clause === '' || clause.length > OPEN_QUESTION_MAX || clause.split(' ').length < 4) return null;
  return clause.charAt(0).toLocaleUpperCase() + clause.slice(1);
}

/** The last real question of one message's own words (quotes and signature already removed), or null. */
export function lastQuestionOf(text: string): string | null {
  const questions = sentencesOf(withoutSalutation(text))
    .map((s) => s.replace(/^[-–•*>\s]+/, ''))
    .filter(isRealQuestion);
  for (let i = questions.length - 1; i >= 0; i -= 1) {
    const fit = fitted(questions[i] as string);
    if (fit) return fit;
  }
  return null;
}

/** Over my unanswered messages, newest first: the newest one that asked a question decides. */
export function openQuestionOf(myTextsNewestFirst: Iterable<string>): string | null {
  for (const text of myTextsNewestFirst) {
    const question = lastQuestionOf(text);
    if (question) return question;
  }
  return null;
}
