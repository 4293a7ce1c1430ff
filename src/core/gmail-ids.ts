// Gmail ids in their two spellings: the hex id getId() returns, and the `msg-f:`/`thread-f:` decimal form of events.

/**
 * Add-on events carry ids such as `msg-f:1795364019383720585` / `thread-f:1795364019383720585` (the same
 * 64-bit number as getId()'s hex `18ea2b3c4d5e6f89`, written in decimal with a prefix); getId() and the
 * records this add-on stores use hex. One canonical form (lower-case hex) lets both meet; an id in any
 * other shape is returned trimmed and unchanged, never rejected here.
 */
export function canonicalGmailId(id: string): string {
  const trimmed = id.trim();
  const prefixed = /^(?:msg|thread)-[a-z]:(\d{1,20})$/i.exec(trimmed);
  if (prefixed) return decimalToHex(prefixed[1] as string);
  return /^[0-9a-f]{1,16}$/i.test(trimmed) ? trimmed.toLowerCase() : trimmed;
}

/** Decimal string to hex by long division on digits: no BigInt, no precision loss past 2^53. */
function decimalToHex(decimal: string): string {
  let digits = decimal
    .replace(/^0+(?=\d)/, '')
    .split('')
    .map(Number);
  let hex = '';
  while (digits.length > 1 || digits[0] !== 0) {
    let remainder = 0;
    const quotient: number[] = [];
    for (const digit of digits) {
      const value = remainder * 10 + digit;
      const q = Math.floor(value / 16);
      remainder = value % 16;
      if (quotient.length > 0 || q > 0) quotient.push(q);
    }
    hex = remainder.toString(16) + hex;
    digits = quotient.length > 0 ? quotient : [0];
  }
  return hex === '' ? '0' : hex;
}

/** Thread and message ids as the add-on passes them in action parameters: Gmail's characters only. */
export function isGmailIdLike(id: string): boolean {
  return /^[0-9A-Za-z_:-]{1,80}$/.test(id);
}
