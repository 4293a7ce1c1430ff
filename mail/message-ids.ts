// Message ids as written in Message-ID, In-Reply-To and References headers.

/** Message ids in their <...> form, angle brackets removed; bare tokens when no brackets are present. */
export function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = value.match(/<[^<>]+>/g);
  const tokens = bracketed ?? value.split(/[\s,]+/);
  return tokens.map((t) => t.replace(/^<|>$/g, '').trim()).filter((t) => t !== '');
}
