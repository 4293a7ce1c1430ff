// Fills one language's wording for a stage or a chosen reply: greeting, body, sign-off and subject.
import type { Language, LocalDate, Stage, Tone } from '../types';
import { TEXTS } from './all-languages';
import type { EmailKind, LanguageTexts, NoteStage, TextVars, ToneTexts } from './text-types';

export interface RenderNudgeInput {
  readonly stage: Stage;
  readonly language: Language;
  readonly tone: Tone;
  readonly firstName: string | null;
  /** The thread subject without Re:/Fwd: prefixes; '' when unknown. */
  readonly project: string;
  readonly lastMessageOn: LocalDate;
  readonly myName: string;
  /** The client promised an answer by this date: the check-in refers to the promise. */
  readonly promisedBy?: LocalDate | null;
  /** My unanswered question as I wrote it: the check-in restates it instead of its generic question. */
  readonly openQuestion?: string | null;
  /** Another reply than the stage's own (a suggested alternative): 'plan', 'change-channel', … */
  readonly kind?: EmailKind;
}

export interface RenderedNudge {
  readonly body: string;
  readonly language: Language;
  readonly tone: Tone;
  readonly subject: string;
}

/**
 * 'check-in', 'change-channel' and 'close-the-loop' are emails to the client; 'reply' and 'rest' are short
 * notes to the user. 'wait' renders the check-in it leads to, so a reminder can carry the text to send.
 */
export function renderNudge(input: RenderNudgeInput): RenderedNudge {
  const texts = TEXTS[input.language];
  const toneTexts = texts[input.tone];
  const project = shortProject(input.project);
  const vars: TextVars = {
    firstName: input.firstName?.trim() || null,
    about: texts.about(project),
    lastMessageOn: input.lastMessageOn,
    openQuestion: input.openQuestion?.trim() || null,
  };
  const stage = input.kind ?? (input.stage === 'wait' ? 'check-in' : input.stage);
  const body = isNote(stage)
    ? texts.notes[stage](vars)
    : email(
        texts,
        toneTexts,
        paragraphs(toneTexts, stage, vars, input.promisedBy ?? null),
        vars,
        input.myName,
      );
  return {
    body,
    language: input.language,
    tone: input.tone,
    subject: project ? `Re: ${project}` : texts.subjectFallback,
  };
}

/** A subject longer than a reader takes in at a glance is cut at a word, so every text stays short. */
const PROJECT_MAX = 80;

function shortProject(subject: string): string {
  const clean = subject.replace(/\s+/g, ' ').trim();
  if (clean.length <= PROJECT_MAX) return clean;
  const cut = clean.slice(0, PROJECT_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > PROJECT_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function isNote(stage: EmailKind | NoteStage): stage is NoteStage {
  return stage === 'reply' || stage === 'rest';
}

/** A check-in after a promise refers to the promise rather than to my last message. */
function paragraphs(tone: ToneTexts, kind: EmailKind, vars: TextVars, promisedBy: LocalDate | null): string {
  return kind === 'check-in' && promisedBy !== null
    ? tone.promised(vars, promisedBy)
    : tone.emails[kind](vars);
}

function email(texts: LanguageTexts, tone: ToneTexts, body: string, vars: TextVars, myName: string): string {
  return [tone.greeting(vars.firstName), body, signOff(texts, tone, myName)].join('\n\n');
}

/** "All the best,\nGiulia"; without a name the closing stands alone ("All the best."). */
function signOff(texts: LanguageTexts, tone: ToneTexts, myName: string): string {
  const name = myName.trim();
  if (name) return `${tone.closing}${texts.closingComma ? ',' : ''}\n${name}`;
  return texts.closingComma ? `${tone.closing}.` : tone.closing;
}
