// The new text of a reply: quoted earlier messages and signatures removed (en/it/de/fr/es clients).
/** Separators after which everything is an earlier or forwarded message. */
const SEPARATOR =
  /^\s*-{2,}\s*(original message|messaggio originale|ursprüngliche nachricht|originalnachricht|message d'origine|mensaje original|forwarded message|messaggio inoltrato|weitergeleitete nachricht|message transféré|mensaje reenviado)\s*-{2,}\s*$|^\s*(begin forwarded message|inizio messaggio inoltrato)\s*:\s*$/i;
const HEADER_FROM = /^\s*\*?(from|da|von|de|van)\s*:\*?\s+\S/i;
const HEADER_SENT = /^\s*\*?(sent|date|inviato|data|gesendet|datum|envoyé|enviado|fecha)\s*:/i;
const UNDERSCORES = /^\s*_{10,}\s*$/;
/** "On … wrote:", "Il giorno … ha scritto:", "Am … schrieb …:", "Le … a écrit :", "El … escribió:". */
const ATTRIBUTION =
  /^\s*(on|il giorno|il|in data|am|le|el|em|op)\b.*\b(wrote|ha scritto|schrieb|a écrit|escribió|escreveu|schreef)\b.*:\s*$/i;
const QUOTE = /^\s*>/;

function isHeaderBlock(lines: readonly string[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i] as string)) return false;
  return lines.slice(i + 1, i + 6).some((l) => HEADER_SENT.test(l));
}

/** Attribution lines wrap; join up to three lines that end at a ':' line. */
const ATTRIBUTION_OPENING = /^\s*(on|il|in data|am|le|el|em|op)\b/i;

function attributionStart(lines: readonly string[], i: number): number | null {
  if (!ATTRIBUTION_OPENING.test(lines[i] as string)) return null;
  for (let span = 1; span <= 3 && i + span <= lines.length; span += 1) {
    const joined = lines.slice(i, i + span).join(' ');
    if (ATTRIBUTION.test(joined)) return i + span;
  }
  return null;
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let j = from;
  while (j < lines.length && (lines[j] as string).trim() === '') j += 1;
  return j;
}

/** Index of the first line of the earlier messages, or lines.length. */
function cutIndex(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line.startsWith('>')) continue;
    if (SEPARATOR.test(line) || isHeaderBlock(lines, i)) {
      const prev = i - 1 - countBlankBefore(lines, i);
      return prev >= 0 && UNDERSCORES.test(lines[prev] as string) ? prev : i;
    }
    const end = attributionStart(lines, i);
    // An attribution above "> " lines only hides those lines: text after them (bottom-posting) stays.
    if (end !== null && !QUOTE.test(lines[nextNonBlank(lines, end)] ?? '')) return i;
  }
  return lines.length;
}

function countBlankBefore(lines: readonly string[], i: number): number {
  let n = 0;
  while (i - 1 - n >= 0 && (lines[i - 1 - n] as string).trim() === '') n += 1;
  return n;
}

/** Lines of an attribution in any language: the ':'-ended lines just above a quote block. */
function attributionAbove(lines: readonly string[], quoteStart: number): number[] {
  const p = quoteStart - 1 - countBlankBefore(lines, quoteStart);
  if (p < 0 || !/:\s*$/.test(lines[p] as string)) return [];
  const found = [p];
  for (let k = p - 1; k >= 0 && found.length < 3; k -= 1) {
    const line = lines[k] as string;
    if (!/[<,]\s*$|@|\d{1,2}[:.]\d{2}/.test(line) || line.trim() === '') break;
    found.push(k);
  }
  return found;
}

/** Quoted earlier messages removed; the reply's own text and signature kept. */
export function stripQuotedReplies(body: string): string {
  const raw = body ?? '';
  const lines = (raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw).split('\n');
  const kept = lines.slice(0, cutIndex(lines));
  // Every message of a thread passes here: most keep no quote line, and skip the marking.
  const drop = kept.some((line) => QUOTE.test(line)) ? quoteLines(kept) : null;
  const text = (drop ? kept.filter((_, i) => !drop[i]) : kept).join('\n');
  return (text.includes('\n\n\n') ? text.replace(/\n{3,}/g, '\n\n') : text).trim();
}

/** The quote lines and the attribution lines above each quote block. */
function quoteLines(kept: readonly string[]): boolean[] {
  const drop = kept.map((line) => QUOTE.test(line));
  drop.forEach((quoted, i) => {
    if (quoted && (i === 0 || !QUOTE.test(kept[i - 1] as string)))
      attributionAbove(kept, i).forEach((k) => (drop[k] = true));
  });
  return drop;
}

const DELIMITER = /^--\s*$/;
const SENT_FROM =
  /^\s*(sent from my|sent from|get outlook for|inviato da|inviato dal mio|von meinem .* gesendet|gesendet von|envoyé de mon|envoyé depuis|enviado desde|enviado do meu)\b/i;
const SIGN_OFF =
  /^\s*(best regards|kind regards|regards|best wishes|many thanks|thanks|thank you|cheers|best|cordiali saluti|distinti saluti|saluti|un saluto|grazie|a presto|mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße|cordialement|bien cordialement|bien à vous|salutations|atentamente|saludos|un saludo|un abrazo)\s*[,.!]?\s*$/i;

/** A sign-off is cut only when what follows looks like a name block: a few short lines, nothing else. */
function isSignOffBlock(lines: readonly string[], i: number): boolean {
  if (!SIGN_OFF.test(lines[i] as string)) return false;
  const rest = lines.slice(i + 1).filter((l) => l.trim() !== '');
  return rest.length <= 4 && rest.every((l) => l.trim().length <= 50 && !/[.?!]\s*$/.test(l));
}

/** The text without its trailing signature block. */
export function stripSignature(text: string): string {
  const lines = text.split('\n');
  let cut = lines.length;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i] as string;
    if (DELIMITER.test(line) || (lines.length - i <= 4 && SENT_FROM.test(line)) || isSignOffBlock(lines, i)) {
      cut = i;
    }
  }
  return lines.slice(0, cut).join('\n').trim();
}

/** The new text of a message: no quoted earlier messages, no signature. */
export function unquotedText(body: string): string {
  return stripSignature(stripQuotedReplies(body));
}
