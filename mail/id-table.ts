// Numbers strings (message ids, labels, addresses) densely by a 64-bit hash, in typed arrays: no string is kept.

/**
 * Two independent 32-bit multiplicative hashes of the UTF-16 code units (cyrb53's mixing, both halves
 * kept): 64 bits in all. Two different strings share a number only when both halves collide: for n
 * strings the chance of any such pair is about n² / 2^65 (1 in 140,000 for 16 million ids, a 5 GB
 * mailbox of small messages; 1 in 3.7 billion for 100,000).
 */
function hash64(text: string, into: Uint32Array): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  into[0] = h1 >>> 0;
  into[1] = (h2 ^ text.length) >>> 0;
}

/** A typed array one and a half times as long (at least `min`), holding the old values. */
export function grownArray<T extends Int32Array | Uint32Array | Uint8Array | Float64Array>(
  array: T,
  min: number,
): T {
  const bigger = new (array.constructor as new (n: number) => T)(
    Math.max(min, Math.ceil(array.length * 1.5)),
  );
  bigger.set(array);
  return bigger;
}

/** Strings → 0, 1, 2… in order of first sight; about 16 bytes per string, whatever its length. */
export class IdTable {
  private hashes = new Uint32Array(2048);
  /** Open addressing, linear probing: slot → number + 1 (0 is empty). Never more than half full. */
  private slots = new Int32Array(4096);
  private count = 0;
  private readonly probe = new Uint32Array(2);

  get size(): number {
    return this.count;
  }

  /** The string's number, or -1 when it was never added. */
  find(text: string): number {
    hash64(text, this.probe);
    const slot = this.slotOf(this.probe[0] as number, this.probe[1] as number);
    return (this.slots[slot] as number) - 1;
  }

  /** The string's number, a new one when it is new. */
  add(text: string): number {
    hash64(text, this.probe);
    const h1 = this.probe[0] as number;
    const h2 = this.probe[1] as number;
    const slot = this.slotOf(h1, h2);
    const found = this.slots[slot] as number;
    if (found !== 0) return found - 1;
    const n = this.count;
    if (2 * n + 2 > this.hashes.length) this.hashes = grownArray(this.hashes, 2 * n + 2);
    this.hashes[2 * n] = h1;
    this.hashes[2 * n + 1] = h2;
    this.count += 1;
    this.slots[slot] = n + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
    return n;
  }

  /** The slot holding this hash, or the empty slot where it would go. */
  private slotOf(h1: number, h2: number): number {
    const size = this.slots.length;
    for (let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) >>> 0; ; slot += 1) {
      slot %= size;
      const n = (this.slots[slot] as number) - 1;
      if (n === -1 || (this.hashes[2 * n] === h1 && this.hashes[2 * n + 1] === h2)) return slot;
    }
  }

  private rehash(): void {
    this.slots = new Int32Array(Math.ceil(this.slots.length * 1.5));
    for (let n = 0; n < this.count; n += 1) {
      this.slots[this.slotOf(this.hashes[2 * n] as number, this.hashes[2 * n + 1] as number)] = n + 1;
    }
  }
}
