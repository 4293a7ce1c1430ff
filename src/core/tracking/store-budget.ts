// The user-properties budget: Apps Script allows 500 KB per user (keys and values, UTF-8), 9 KB per value.
export const STORE_LIMIT_BYTES = 500 * 1024;
export const VALUE_LIMIT_BYTES = 9 * 1024;
/** Above this share of the store, every write first makes room by pruning. */
export const PRUNE_ABOVE = 0.9;
/** Pruning stops once the store is back under this share. */
export const PRUNE_DOWN_TO = 0.85;

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

export function entryBytes(key: string, value: string): number {
  return utf8Length(key) + utf8Length(value);
}

export function storedBytes(stored: Readonly<Record<string, string>>): number {
  let total = 0;
  for (const key of Object.keys(stored)) total += entryBytes(key, stored[key] ?? '');
  return total;
}
