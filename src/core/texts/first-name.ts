// The client's first name for a greeting, from the display name or else the address; null when unsure.
import type { Party } from '../types';
import { COMPANY_WORDS, ROLE_WORDS, TITLES } from './role-names';

/** Two-consonant starts that real first names use; "mrossi@" (initial + surname) starts otherwise. */
const NAME_ONSETS =
  /^([aeiouy]|[b-df-hj-np-tv-z][aeiouy]|bl|br|ch|cl|cr|dr|fl|fr|gl|gr|kl|kr|ph|pl|pr|sc|sh|sl|sm|sn|sp|st|th|tr|wh)/;
const LETTERS = /^[\p{L}][\p{L}'’-]*$/u;

export function firstNameOf(party: Party | null): string | null {
  if (!party) return null;
  return fromDisplayName(party.name, party.email) ?? fromLocalPart(party.email);
}

function fromDisplayName(raw: string, email: string): string | null {
  const name = raw
    .replace(/["“”«»]/g, ' ')
    .replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>/g, ' ')
    .trim();
  if (name === '' || name.includes('@')) return null;
  const words = name.split(/\s+/).map((w) => w.toLowerCase());
  if (words.some((w) => COMPANY_WORDS.has(w.replace(/,$/, '')) || ROLE_WORDS.has(w.replace(/,$/, ''))))
    return null;
  // "Rossi, Marco": the given name follows the comma.
  const given = name.includes(',') ? name.slice(name.indexOf(',') + 1) : name;
  const all = given.trim().split(/\s+/);
  const tokens = all.filter((t) => !TITLES.has(t.toLowerCase()));
  // "Dr. Bianchi", "Herr Müller": after a title, a lone word is a surname.
  if (tokens.length === 1 && all.length > 1) return null;
  const chosen = name.includes(',') ? undefined : givenAmong(tokens, email);
  return asFirstName(chosen ?? tokens[0] ?? '');
}

/**
 * "ROSSI Marco" <marco.rossi@…>: directories often put the surname first. A later token that is the
 * address's first piece is the given name; else an ALL-CAPS first token beside a mixed-case one is the surname.
 */
function givenAmong(tokens: readonly string[], email: string): string | undefined {
  if (tokens.length < 2) return undefined;
  const firstPiece = (email.split('@')[0] ?? '').toLowerCase().split(/[._+-]+/)[0] ?? '';
  const byAddress = tokens.slice(1).find((t) => firstPiece.length > 1 && plain(t) === firstPiece);
  if (byAddress) return byAddress;
  const first = tokens[0] ?? '';
  // "M. Rossi": an initial is not an ALL-CAPS surname.
  const isUpper = (t: string): boolean => LETTERS.test(t) && t.length > 1 && t === t.toUpperCase();
  const isMixed = (t: string): boolean => t !== t.toUpperCase() && t !== t.toLowerCase();
  return isUpper(first) ? tokens.slice(1).find(isMixed) : undefined;
}

/** Lower case without accents or trailing punctuation, to compare a name with an address piece. */
const plain = (token: string): string =>
  token
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[,;:.]+$/, '')
    .toLowerCase();

function fromLocalPart(email: string): string | null {
  const local = (email.split('@')[0] ?? '').toLowerCase().replace(/\d+$/, '');
  if (local === '' || ROLE_WORDS.has(local)) return null;
  const pieces = local.split(/[._+-]+/).filter((p) => p !== '');
  if (pieces.some((p) => ROLE_WORDS.has(p))) return null;
  const first = pieces[0] ?? '';
  if (pieces.length === 1 && !NAME_ONSETS.test(first)) return null;
  if (first.length > 12) return null;
  return asFirstName(first);
}

/** A plausible given name, re-cased when written all upper or all lower ("MARCO" → "Marco"). */
/** Longer than any first name people use ("Maximiliane-Charlotte" is 21): a run of letters, not a name. */
const FIRST_NAME_MAX = 30;

function asFirstName(token: string): string | null {
  const word = token.replace(/[,;:.]+$/, '');
  if (word.length < 2 || word.length > FIRST_NAME_MAX || !LETTERS.test(word)) return null;
  const oneCase = word === word.toUpperCase() || word === word.toLowerCase();
  if (!oneCase) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
}
