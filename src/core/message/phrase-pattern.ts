// One alternation for many phrases, factored by leading characters: the regex engine then tries only the
// phrases that start with the character in front of it, and finds the same first match as the flat list.

const escapeChar = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Phrases that part ways at their first character cannot match at the same place, so grouping them by
 * it keeps the flat alternation's choice; within a group the order is kept. Where a phrase ends inside a
 * group the rest stays flat, since the shorter phrase must keep its place in the order.
 */
function factor(phrases: readonly string[], depth: number, space: string): string {
  const escape = (c: string): string => (c === ' ' ? space : escapeChar(c));
  if (depth === 0 || phrases.includes('')) return phrases.map((p) => [...p].map(escape).join('')).join('|');
  const groups = new Map<string, string[]>();
  for (const p of phrases) groups.set(p[0] as string, [...(groups.get(p[0] as string) ?? []), p.slice(1)]);
  return [...groups]
    .map(([head, tails]) =>
      tails.length === 1
        ? escape(head) + factor(tails, 0, space)
        : `${escape(head)}(?:${factor(tails, depth - 1, space)})`,
    )
    .join('|');
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
