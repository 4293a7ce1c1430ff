// Card text widgets interpret a subset of HTML, so any text that may come from an email is escaped.
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Explicit directional formatting (LRM/RLM U+200E-200F, embeddings and overrides U+202A-202E, isolates
 * U+2066-2069) from an email would reorder the card's own text around it ("Waiting on ‮olleH" reads
 * backwards, and an unclosed override spills into the next words): it is removed. The letters themselves
 * keep their natural direction, which is all a name or subject needs.
 */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

export function escapeHtml(text: string): string {
  return withoutBidiControls(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * Headers, button labels and input values are shown as plain text; angle brackets from an email become
 * look-alike guillemets so no markup can ever reach a card, and nothing shows as a raw entity.
 */
export function plainText(text: string): string {
  return withoutBidiControls(text).replace(/</g, '‹').replace(/>/g, '›');
}

/** Titles show one line: a longer text (a 20,000-character display name) ends in an ellipsis. */
export function shortened(text: string, max: number): string {
  const chars = Array.from(text.length > max * 2 ? text.slice(0, max * 2) : text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
