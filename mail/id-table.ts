// Numbers strings (message ids, labels, addresses) densely by a 64-bit hash, in typed arrays: no string is kept.
import { uint32s } from './chunked-array';

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

const PARTS = 256;

/**
 * Strings → 0, 1, 2… in order of first sight; about 15 bytes per string, whatever its length. The slots
 * are split in 256 parts by the hash, each grown on its own: growing never holds two copies of the whole.
 */
export class IdTable {
  private readonly high = uint32s();
  private readonly low = uint32s();
  /** Open addressing, linear probing: slot → number + 1 (0 is empty). Each part at most 70 % full. */
  private parts = Array.from({ length: PARTS }, () => new Int32Array(16));
  private readonly used = new Uint32Array(PARTS);
  private count = 0;
  private readonly probe = new Uint32Array(2);

  get size(): number {
    return this.count;
  }

  /** The string's number, or -1 when it was never added. */
  find(text: string): number {
    hash64(text, this.probe);
    const h1 = this.probe[0] as number;
    const h2 = this.probe[1] as number;
    const part = this.partOf(h2);
    return (part[this.slotOf(part, h1, h2)] as number) - 1;
  }

  /** The string's number, a new one when it is new. */
  add(text: string): number {
    hash64(text, this.probe);
    const h1 = this.probe[0] as number;
    const h2 = this.probe[1] as number;
    const part = this.partOf(h2);
    const slot = this.slotOf(part, h1, h2);
    const found = part[slot] as number;
    if (found !== 0) return found - 1;
    const n = this.count;
    this.high.set(n, h1);
    this.low.set(n, h2);
    this.count += 1;
    part[slot] = n + 1;
    const p = h2 >>> 24;
    this.used[p] = (this.used[p] as number) + 1;
    if ((this.used[p] as number) > part.length * 0.7) this.grow(p);
    return n;
  }

  /** Lets go of the table: size stays, find and add may no longer be called. */
  release(): void {
    this.high.clear();
    this.low.clear();
    this.parts = [];
  }

  private partOf(h2: number): Int32Array {
    const part = this.parts[h2 >>> 24];
    if (part === undefined) throw new Error('IdTable: used after release()');
    return part;
  }

  /** The slot of this part holding this hash, or the empty slot where it would go. */
  private slotOf(part: Int32Array, h1: number, h2: number): number {
    const size = part.length;
    for (let slot = h1 % size; ; slot = slot + 1 === size ? 0 : slot + 1) {
      const n = (part[slot] as number) - 1;
      if (n === -1 || (this.high.get(n) === h1 && this.low.get(n) === h2)) return slot;
    }
  }

  private grow(p: number): void {
    const old = this.parts[p] as Int32Array;
    const part = new Int32Array(Math.ceil(old.length * 1.5));
    for (const entry of old) {
      if (entry === 0) continue;
      part[this.slotOf(part, this.high.get(entry - 1), this.low.get(entry - 1))] = entry;
    }
    this.parts[p] = part;
  }
}
