// One alternation for many phrases, factored by leading characters: the regex engine then tries only the
// phrases that start with the character in front of it, and finds the same first match as the flat list.

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** The tails of a group, escaped at once with one replace each (not per piece). */
function escapeText(text: string, space: string): string {
  return text.replace(SPECIAL, '\\$&').replace(/ /g, () => space);
}

/** A group's leading character: one of a few hundred, so a lookup rather than a replace. */
function escapeChar(c: string, space: string): string {
  if (c === ' ') return space;
  return '.*+?^${}()|[]\\/'.includes(c) ? `\\${c}` : c;
}

/**
 * Phrases that part ways at their first character cannot match at the same place, so grouping them by
 * it keeps the flat alternation's choice; within a group the order is kept. Where a phrase ends inside a
 * group the rest stays flat, since the shorter phrase must keep its place in the order.
 */
function factor(phrases: readonly string[], depth: number, space: string): string {
  if (depth === 0 || phrases.includes('')) return escapeText(phrases.join('\n'), space).replace(/\n/g, '|');
  const groups = new Map<string, string[]>();
  for (const p of phrases) {
    const head = p.charAt(0);
    const tails = groups.get(head);
    if (tails) tails.push(p.slice(1));
    else groups.set(head, [p.slice(1)]);
  }
  let out = '';
  for (const [head, tails] of groups) {
    const rest = tails.length === 1 ? factor(tails, 0, space) : `(?:${factor(tails, depth - 1, space)})`;
    out += `${out ? '|' : ''}${escapeChar(head, space)}${rest}`;
  }
  return out;
}

/**
 * Phrases as one alternation, factored two characters deep (measured: deeper is no faster); a space in a
 * phrase matches `space` (any run of white space by default).
 */
export function phraseAlternation(phrases: readonly string[], space = '\\s+'): string {
  return factor(
    phrases.map((p) => p.replace(/\s+/g, ' ')),
    2,
    space,
  );
}
