// Guesses a short client reply's language among it/en/es/fr/de by scoring words and letter cues; null when unsure.
import type { Language } from '../types';
import { PROFILES, type LanguageProfile } from './language-profiles';

const LANGUAGES: readonly Language[] = ['it', 'en', 'es', 'fr', 'de'];
/** Below this many words a reply ("Ok!", "Thanks") says too little. */
const MIN_WORDS = 2;
const MIN_SCORE = 4;
/** The winner must lead the runner-up by this share of its own score. */
const MIN_MARGIN = 0.2;
/** Enough text to decide; longer replies are cut so detection stays cheap. */
const MAX_CHARS = 2000;

interface Scorer {
  readonly common: ReadonlySet<string>;
  readonly distinctive: ReadonlySet<string>;
  readonly cues: RegExp;
}

const SCORERS = new Map<Language, Scorer>(LANGUAGES.map((l) => [l, toScorer(PROFILES[l])] as const));

function toScorer(profile: LanguageProfile): Scorer {
  return { common: new Set(profile.common), distinctive: new Set(profile.distinctive), cues: profile.cues };
}

export function detectLanguage(text: string): Language | null {
  const clean = text
    .slice(0, MAX_CHARS)
    .toLowerCase()
    .replace(/https?:\/\/\S+|\S+@\S+/g, ' ')
    .replace(/’/g, "'");
  const tokens = tokenize(clean);
  if (tokens.filter((t) => !t.endsWith("'")).length < MIN_WORDS) return null;
  const scores = LANGUAGES.map((language) => ({
    language,
    score: score(clean, tokens, SCORERS.get(language)),
  }));
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores as [(typeof scores)[0], (typeof scores)[0]];
  if (best.score < MIN_SCORE || best.score - second.score < best.score * MIN_MARGIN) return null;
  return best.language;
}

/** Words, plus the pieces of elided forms: "l'ho" gives "l'ho", "l'" and "ho". */
function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const word of text.match(/\p{L}+(?:'\p{L}+)*/gu) ?? []) {
    out.push(word);
    const cut = word.indexOf("'");
    if (cut > 0) out.push(word.slice(0, cut + 1), word.slice(cut + 1));
  }
  return out;
}

function score(text: string, tokens: readonly string[], scorer: Scorer | undefined): number {
  if (!scorer) return 0;
  let total = 0;
  for (const token of tokens) {
    if (scorer.distinctive.has(token)) total += 3;
    else if (scorer.common.has(token)) total += 1;
  }
  return total + 2 * (text.match(scorer.cues)?.length ?? 0);
}
