// A rule over one string (a subject, an address), remembered: a thread repeats its subjects and senders.

/**
 * `rule` is pure, so remembering its answers changes nothing but time: 200 messages of one thread carry
 * two or three subjects and senders. Bounded: the memory is dropped past `limit` different strings.
 */
export function memoized<T>(rule: (key: string) => T, limit = 500): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as T;
    const value = rule(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
