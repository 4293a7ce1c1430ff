// Guesses a short client reply's language among it/en/es/fr/de by scoring words and letter cues; null when unsure.
import type { Language } from '../types';
import { languageProfiles, type LanguageProfile } from './language-profiles';

const LANGUAGES: readonly Language[] = ['it', 'en', 'es', 'fr', 'de'];
/** Below this many words a reply ("Ok!", "Thanks") says too little. */
const MIN_WORDS = 2;
const MIN_SCORE = 4;
/** The winner must lead the runner-up by this share of its own score. */
const MIN_MARGIN = 0.2;
/** Enough text to decide; longer replies are cut so detection stays cheap. */
const MAX_CHARS = 2000;

/**
 * Every profile word in one table: a word's points for each language (3 distinctive, 1 common), so a
 * text's words are looked up once, not once per language. Built at the first detection.
 */
let scoring: { readonly words: Map<string, number[]>; readonly cues: readonly RegExp[] } | undefined;

function scoringTables(): NonNullable<typeof scoring> {
  if (scoring) return scoring;
  const profiles = languageProfiles();
  const words = new Map<string, number[]>();
  for (const [index, language] of LANGUAGES.entries()) {
    const profile: LanguageProfile = profiles[language];
    const add = (word: string, points: number): void => {
      let row = words.get(word);
      if (!row) words.set(word, (row = [0, 0, 0, 0, 0]));
      row[index] = Math.max(row[index] as number, points);
    };
    profile.common.forEach((w) => add(w, 1));
    profile.distinctive.forEach((w) => add(w, 3));
  }
  return (scoring = { words, cues: LANGUAGES.map((l) => profiles[l].cues) });
}

/** Links and addresses say nothing of the language; most texts have neither, and skip the costly pass. */
function withoutLinks(text: string): string {
  if (!text.includes('@') && !text.includes('http')) return text;
  return text.replace(/https?:\/\/\S+|\S+@\S+/g, ' ');
}

export function detectLanguage(text: string): Language | null {
  const clean = withoutLinks(text.slice(0, MAX_CHARS).toLowerCase()).replace(/’/g, "'");
  const tokens = tokenize(clean);
  if (tokens.filter((t) => !t.endsWith("'")).length < MIN_WORDS) return null;
  const { words, cues } = scoringTables();
  const points = wordPoints(tokens, words);
  const scores = LANGUAGES.map((language, i) => ({
    language,
    score: (points[i] as number) + 2 * (clean.match(cues[i] as RegExp)?.length ?? 0),
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

function wordPoints(tokens: readonly string[], words: ReadonlyMap<string, number[]>): number[] {
  const total = [0, 0, 0, 0, 0];
  for (const token of tokens) {
    const row = words.get(token);
    if (row) for (let i = 0; i < total.length; i += 1) (total[i] as number) += row[i] as number;
  }
  return total;
}
