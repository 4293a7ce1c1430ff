// The shape of one language's wording: greetings, sign-offs, the four emails and the two notes to the user.
import type { Language, LocalDate } from '../types';

export type EmailStage = 'check-in' | 'change-channel' | 'close-the-loop';
/** Every email the add-on writes: the three rungs, plus a plan that works even without a reply (seed idea 5). */
export type EmailKind = EmailStage | 'plan';
export type NoteStage = 'reply' | 'rest';

/** What a template may use; `about` is the language's own phrase for the project ("about “X”"). */
export interface TextVars {
  readonly firstName: string | null;
  readonly about: string;
  readonly lastMessageOn: LocalDate;
  /** My unanswered question as I wrote it; the check-in restates it in place of its generic question. */
  readonly openQuestion: string | null;
}

export interface ToneTexts {
  readonly greeting: (firstName: string | null) => string;
  /** The closing formula before my name ("All the best"). */
  readonly closing: string;
  /** The email's paragraphs, without greeting and sign-off. */
  readonly emails: Readonly<Record<EmailKind, (v: TextVars) => string>>;
  /** The check-in once the date the client promised an answer by has passed: it refers to the promise. */
  readonly promised: (v: TextVars, promisedBy: LocalDate) => string;
}

export interface LanguageTexts {
  readonly language: Language;
  readonly about: (project: string) => string;
  /** Subject when the project is unknown. */
  readonly subjectFallback: string;
  /** Notes to the user (calendar description, sidebar), not emails: one wording for both tones. */
  readonly notes: Readonly<Record<NoteStage, (v: TextVars) => string>>;
  /** German closes without a comma ("Viele Grüße"). */
  readonly closingComma: boolean;
  /** Informal: tu, du, tú, first names. */
  readonly warm: ToneTexts;
  /** Formal: Lei, Sie, vous, usted. */
  readonly formal: ToneTexts;
}

/** Day of month and 0-based month of a 'YYYY-MM-DD' date. */
export function dayAndMonth(date: LocalDate): { day: number; month: number } {
  const [, m, d] = date.split('-').map(Number) as [number, number, number];
  return { day: d, month: m - 1 };
}

/** The check-in's closing question: my own open question when I asked one, else the generic one. */
export function closingQuestion(v: TextVars, restate: (question: string) => string, generic: string): string {
  return v.openQuestion ? restate(v.openQuestion) : generic;
}
