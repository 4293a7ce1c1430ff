// How a message addresses its reader: formal (Lei, Sie, vous, usted, "Gentile", "Sehr geehrte") or informal (tu, du, tú, "Ciao Anja").
import type { Register } from '../types';
import { startingWith } from './first-letter';
import { withoutSalutation } from './sentences';

/**
 * Case matters: the courtesy pronouns are capitalised (Italian "Le invio", "La ringrazio", German "Sie",
 * "Ihnen"); at the start of a sentence German "Sie" is still far more often "you" than "they" in mail to a
 * client. Lower-case forms are the informal ones (Italian "ti", German "du", French "tu", Spanish "tú").
 */
const FORMAL_SIGNS: readonly RegExp[] = [
  // Salutations and closings that only a formal letter uses.
  startingWith(
    'gesmdcjvalr',
    /(?<!\p{L})(gentil[ei]ssim[oa]|gentile|egregi[oa]|spett\.?(le|abile)|sehr geehrte[rn]?|madame|monsieur|estimad[oa]s?|dear (mr|mrs|ms|dr|sir|madam)|distinti saluti|cordiali saluti|mit freundlichen grüßen|je vous prie|veuillez agréer|atentamente|le (invio|scrivo|allego|chiedo|confermo|ricordo|mando)|la ringrazio|mi (faccia|dica)|resto a sua disposizione)(?!\p{L})/giu,
  ),
  // Italian Lei: capitalised pronouns and clitics inside a sentence, and verbs of the third person addressed to the reader.
  startingWith(
    'LSp',
    /(?<=\p{Ll}[^.!?\n]{0,40}\s)(Lei|La|Le|Sua|Suo|Sue|Suoi)(?!\p{L})|(?<!\p{L})(Lei|potrebbe)(?!\p{L})/gu,
  ),
  // German Sie: "Sie", "Ihnen", "Ihr…" capitalised (also at the start of a line); fixed formal phrases.
  startingWith('SI', /(?<!\p{L})(Sie|Ihnen|Ihre[mnrs]?|Ihr)(?!\p{L})/gu),
  // French vous, Spanish usted (and the third-person clitics of a formal Spanish letter).
  startingWith(
    'vulq',
    /(?<!\p{L})(vous|votre|vos|usted|ustedes|le (envío|escribo|adjunto|agradezco)|quedo a su disposición)(?!\p{L})/giu,
  ),
];

const INFORMAL_SIGNS: readonly RegExp[] = [
  // Salutations between people on first-name terms; closings among friends and colleagues.
  /^(ciao|hallo|salut|hola|hi|hey|servus|moin|liebe[rs]?|querid[oa]|cher|chère|caro|cara)\s+(?!(herr|frau|sr|sra|dott|signor|madame|monsieur|mr|mrs|ms)(?!\p{L}))\p{Lu}/imu,
  startingWith(
    'uabàlv',
    /(?<!\p{L})(un abbraccio|a presto|bises|à plus|un abrazo|besos|liebe grüße|viele grüße aus)(?!\p{L})/giu,
  ),
  // Italian tu: clitics and possessives, and verbs of the second person.
  startingWith(
    'tfdphvs',
    /(?<!\p{L})(ti|tuo|tua|tuoi|tue|fammi|dimmi|puoi|potresti|hai|fai|vuoi|senti)(?!\p{L})/gu,
  ),
  // German du.
  startingWith(
    'dehkbgs',
    /(?<!\p{L})(du|dir|dich|dein|deine[mnrs]?|euch|euer|eure[mnrs]?|hast|kannst|bist|gib|schau)(?!\p{L})/gu,
  ),
  // French tu, Spanish tú.
  startingWith(
    'tdaqp',
    /(?<!\p{L})(tu|toi|ton|ta|tes|t'\p{L}+|te|tú|ti|tus|puedes|quieres|tienes|dime|avísame|dis-moi|peux-tu)(?!\p{L})/gu,
  ),
];

function count(text: string, signs: readonly RegExp[]): number {
  let n = 0;
  for (const sign of signs) n += text.match(sign)?.length ?? 0;
  return n;
}

/**
 * The register of one message's own words (quotes and signature removed), null when it shows neither or
 * both equally. The salutation weighs double: "Gentile dottoressa", "Hallo Anja" set the tone of the letter.
 */
export function registerOf(text: string): Register | null {
  const trimmed = text.trim();
  const body = withoutSalutation(trimmed);
  const opening = trimmed.slice(0, trimmed.length - body.length);
  const formal = count(trimmed, FORMAL_SIGNS) + count(opening, FORMAL_SIGNS);
  const informal = count(trimmed, INFORMAL_SIGNS) + count(opening, INFORMAL_SIGNS);
  if (formal === informal) return null;
  return formal > informal ? 'formal' : 'informal';
}

/** The register of the newest message that shows one (a relationship can move from Sie to du). */
export function registerOfMessages(textsNewestFirst: Iterable<string>): Register | null {
  for (const text of textsNewestFirst) {
    const register = registerOf(text);
    if (register) return register;
  }
  return null;
}
