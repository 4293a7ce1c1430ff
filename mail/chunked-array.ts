// Growable typed arrays in fixed blocks: growing never copies, and at most one block is allocated unused.

type Typed = Int32Array | Uint32Array | Uint8Array | Float64Array;

const BLOCK_BITS = 16;
const BLOCK = 1 << BLOCK_BITS;
const MASK = BLOCK - 1;

/**
 * One doubling array of 8 million offsets briefly holds 64 + 96 MB while it grows; blocks of 65,536 hold
 * what is used plus at most one block. Reading and writing cost a shift and a mask more than a plain array.
 */
export class ChunkedArray<T extends Typed> {
  private readonly blocks: T[] = [];

  constructor(
    private readonly make: (n: number) => T,
    private readonly initial = 0,
  ) {}

  /** Makes sure index i exists (new slots hold `initial`). */
  ensure(i: number): void {
    while (this.blocks.length <= i >>> BLOCK_BITS) {
      const block = this.make(BLOCK);
      if (this.initial !== 0) block.fill(this.initial);
      this.blocks.push(block);
    }
  }

  /** The value at i; `initial` where nothing was set yet. */
  get(i: number): number {
    const block = this.blocks[i >>> BLOCK_BITS];
    return block === undefined ? this.initial : (block[i & MASK] as number);
  }

  set(i: number, value: number): void {
    this.ensure(i);
    (this.blocks[i >>> BLOCK_BITS] as T)[i & MASK] = value;
  }

  /** Lets go of every block (the memory returns at the next garbage collection). */
  clear(): void {
    this.blocks.length = 0;
  }
}

export const int32s = (initial = 0) => new ChunkedArray((n) => new Int32Array(n), initial);
export const uint32s = () => new ChunkedArray((n) => new Uint32Array(n));
export const uint8s = () => new ChunkedArray((n) => new Uint8Array(n));
export const float64s = () => new ChunkedArray((n) => new Float64Array(n));
