// Reads the suggested text back from a reminder event's description (the Calendar side cannot read Gmail).
// The description is the one reminderContent wrote: a state line, a "Suggested text:" label line, the text,
// then a line with the thread's Gmail link, escaped for Calendar, which reads descriptions as HTML.

const BLOCK_END = /<\/(p|div|li|h\d)>|<br\s*\/?>/gi;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * Calendar reads a description as HTML: the add-on writes its text escaped ("I&#39;m", newlines kept), and
 * the user's edits come back as tags ("a<br>b", "<p>…</p>", links). Either way, plain text lines.
 */
export function descriptionText(description: string): string {
  return description
    .replace(/\r\n?/g, '\n')
    .replace(BLOCK_END, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

const LINK_LINE = /https:\/\/mail\.google\.com\//;

/**
 * The text between the first label line (a short line ending with ':', in any language) and the line
 * holding the Gmail link; null when the description no longer has that shape.
 */
export function suggestedTextOf(description: string): string | null {
  const lines = descriptionText(description).split('\n');
  const start = lines.findIndex((line) => /^\S[^.!?\n]{0,40}[:：]\s*$/.test(line.trim()));
  if (start < 0) return null;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => LINK_LINE.test(line));
  const text = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  return text === '' ? null : text;
}
