// Growable typed arrays in fixed blocks: growing never copies, and at most one block is allocated unused.

type Typed = Int32Array | Uint32Array | Uint8Array | Float64Array;

/** 4 MB blocks: over glibc's mmap threshold, so a block let go returns to the system at once. */
const BLOCK_BYTES_BITS = 22;

/**
 * One doubling array of 8 million offsets briefly holds 64 + 96 MB while it grows; blocks hold what is
 * used plus at most one block, whose untouched pages the system does not even back. (Blocks under
 * glibc's mmap threshold would stay in the process's heap once let go: the first look's tables would
 * then weigh on the rest of the run.) Reading and writing cost a shift and a mask more than a plain array.
 */
export class ChunkedArray<T extends Typed> {
  private readonly blocks: T[] = [];
  private readonly bits: number;
  private readonly mask: number;

  constructor(
    private readonly make: (n: number) => T,
    bytesPerElement: number,
    private readonly initial = 0,
  ) {
    this.bits = BLOCK_BYTES_BITS - Math.log2(bytesPerElement);
    this.mask = (1 << this.bits) - 1;
  }

  /** Makes sure index i exists (new slots hold `initial`). */
  ensure(i: number): void {
    while (this.blocks.length <= i >>> this.bits) {
      const block = this.make(1 << this.bits);
      if (this.initial !== 0) block.fill(this.initial);
      this.blocks.push(block);
    }
  }

  /** The value at i; `initial` where nothing was set yet. */
  get(i: number): number {
    const block = this.blocks[i >>> this.bits];
    return block === undefined ? this.initial : (block[i & this.mask] as number);
  }

  set(i: number, value: number): void {
    this.ensure(i);
    (this.blocks[i >>> this.bits] as T)[i & this.mask] = value;
  }

  /** Lets go of every block (the memory returns at the next garbage collection). */
  clear(): void {
    this.blocks.length = 0;
  }
}

export const int32s = (initial = 0) => new ChunkedArray((n) => new Int32Array(n), 4, initial);
export const uint32s = () => new ChunkedArray((n) => new Uint32Array(n), 4);
export const uint8s = () => new ChunkedArray((n) => new Uint8Array(n), 1);
export const float64s = () => new ChunkedArray((n) => new Float64Array(n), 8);
