// Message-IDs as In-Reply-To and References list them (RFC 5322 §3.6.4), for the reply chain.

/**
 * Message-IDs in a header, without angle brackets, lower-cased ("<A@x>" → "a@x"). A scan by indexOf:
 * every message's References are read, and a regex iterator costs more than the ids themselves.
 */
export function idsIn(value: string | undefined): string[] {
  const ids: string[] = [];
  const text = value ?? '';
  for (let open = text.indexOf('<'); open >= 0; open = text.indexOf('<', open + 1)) {
    const close = text.indexOf('>', open + 1);
    if (close < 0) break;
    const id = text.slice(open + 1, close);
    if (id !== '' && !/[<\s]/.test(id)) ids.push(id.toLowerCase());
  }
  return ids;
}
