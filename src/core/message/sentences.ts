// Splits a message's own words into sentences and drops the opening salutation line, for the asks and question rules.

/** "Ciao Marco,", "Dear Ms Ferri,", "Sehr geehrter Herr Brandt,", "Hola:": a short first line ending in , or : or !. */
const SALUTATION =
  /^\s*(ciao|salve|buongiorno|buonasera|gentil\w*|egregi\w*|spett\w*|caro|cara|cari|hi|hello|hey|dear|good (?:morning|afternoon)|hallo|hi|liebe[rs]?|sehr geehrte[rn]?|guten (?:tag|morgen)|servus|moin|bonjour|bonsoir|salut|cher|chère|madame|monsieur|hola|buenos días|buenas tardes|estimad[oa]s?|querid[oa]s?)\b[^\n,?!:]{0,50}[,:!]?\s*$/iu;

/** The text without its first line when that line is a salutation. */
export function withoutSalutation(text: string): string {
  const lines = text.trim().split('\n');
  const first = lines[0] ?? '';
  if (first.length <= 70 && SALUTATION.test(first)) return lines.slice(1).join('\n').trim();
  // "Ciao Marco, ti scrivo per…": a salutation followed by the message on the same line.
  return text
    .trim()
    .replace(
      /^([Cc]iao|[Hh]i|[Hh]ello|[Hh]allo|[Ss]alut|[Hh]ola|[Dd]ear|[Bb]onjour|[Gg]entile|[Cc]ar[oa]|[Ll]iebe[rs]?|[Qq]uerid[oa]|[Ee]stimad[oa])\s+[\p{Lu}][\p{L}'’.-]*\s*[,!:]\s*/u,
      '',
    );
}

/**
 * Sentences end at . ! ? (or ¿…? in Spanish) followed by space, or at a line break. Decimal points and
 * abbreviations ("Dr. Rossi", "3.5") mostly stay inside because no space follows or a lower-case word does.
 */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/https?:\/\/\S+/g, ' ')
    .split(/\n+|(?<=[.!?…])\s+(?=[\p{Lu}¿¡"“«„])/u)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
}
