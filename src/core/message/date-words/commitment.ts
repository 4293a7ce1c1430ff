// Whether a date in a client's reply is their own commitment ("ti mando lunedì") or a request or question.

const B = "(?<![\\p{L}’'])";
const E = '(?![\\p{L}])';

/** First-person commitments in en/it/de/fr/es; the text is lower-cased before it is read. */
const COMMITMENT = new RegExp(
  [
    `${B}(?:i|we)(?:['’]ll| will| shall| can| am going to| are going to|['’]m going to|['’]re going to| plan to| hope to| expect to| aim to| should be able to)${E}`,
    `${B}(?:let(?:['’]s| us)|talk to you|speak to you|talk|speak)${E}`,
    `${B}(?:will (?:send|get back|come back|confirm|reply|answer|call|revert|follow up)|get back to you|come back to you|you(?:['’]ll| will) (?:have|get|receive|hear)|from (?:me|us))${E}`,
    `${B}(?:ti|vi|te|ve)\\s+(?!prego|chiedo|ricordo|segnalo)\\p{L}{2,}[oò]${E}`,
    `${B}(?:le|gli)\\s+(?:mando|invio|faccio|scrivo|rispondo|confermo|giro|aggiorno|preparo|passo|dico|telefono|richiamo)${E}`,
    `${B}(?:mando|invio|giro|confermo|rispondo|richiamo|aggiorno|scrivo|faccio sapere|preparo|verifico|controllo|decido)${E}`,
    `${B}(?!abbiamo|dobbiamo|aspettiamo|attendiamo|possiamo)\\p{L}{2,}iamo${E}`,
    `${B}(?!però)\\p{L}{2,}(?:rò|remo)${E}`,
    `${B}(?:ich|wir|mich|uns)${E}`,
    `${B}(?:je|j['’]|on se|nous \\p{L}+ons|vous (?:aurez|recevrez))`,
    `${B}(?:te|os|nos|les?)\\s+\\p{L}{2,}(?:o|é)${E}`,
    `${B}(?!necesit)\\p{L}+(?:ré|amos|emos|imos)${E}`,
  ].join('|'),
  'u',
);

/** Requests and dependencies in the date's own clause: the date is asked of me, not promised to me. */
const REQUEST = new RegExp(
  `(?<![\\p{L}])(?:let me know|let us know|please|can you|could you|would you|need|needs|needed|fammi sapere|fatemi sapere|mi fai sapere|mi faccia sapere|fateci sapere|per favore|per cortesia|riesci|riuscite|potresti|potreste|puoi|bisogno|bitte|brauche|brauchen|benötigen|s.il vous pla[iî]t|besoin|por favor|necesit\\p{L}*|wait|waiting|await\\p{L}*|aspett\\p{L}*|attend\\p{L}*|warte\\p{L}*|esper\\p{L}*)${E}`,
  'u',
);

/** Sentence ends: ! ? ; a full stop after a word (not "5.1."), or a blank line. */
const SENTENCE_END = /[!?;]|(?<=\p{L})\.(?=\s|$)|\n\s*\n/gu;
const CLAUSE_END = /[,:]/g;

interface Span {
  readonly start: number;
  readonly end: number;
  /** The character or line break that ends the span; '' at the end of the text. */
  readonly closer: string;
}

function spanAround(text: string, index: number, ends: RegExp, from = 0, to = text.length): Span {
  let start = from;
  ends.lastIndex = from;
  for (let m = ends.exec(text); m !== null && m.index < to; m = ends.exec(text)) {
    if (m.index < index) start = m.index + m[0].length;
    else return { start, end: m.index, closer: m[0] };
  }
  return { start, end: to, closer: '' };
}

/**
 * A date at `index` of the lower-cased `text` is promised when its sentence holds a first-person
 * commitment, the sentence is not a question, and its clause asks nothing of the reader.
 */
export function isCommitmentAt(text: string, index: number): boolean {
  const sentence = spanAround(text, index, SENTENCE_END);
  if (sentence.closer === '?') return false;
  if (!COMMITMENT.test(text.slice(sentence.start, sentence.end))) return false;
  const clause = spanAround(text, index, CLAUSE_END, sentence.start, sentence.end);
  return !REQUEST.test(text.slice(clause.start, clause.end));
}
