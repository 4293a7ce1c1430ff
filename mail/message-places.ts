// Where every message of a run lives, in typed arrays: a few bytes per message instead of an object each.
import type { MessageRef } from './scan-mail';

function grown<T extends Float64Array | Uint32Array | Uint8Array>(array: T, make: (n: number) => T): T {
  const bigger = make(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Append-only list of message refs; get(i) rebuilds the ref. */
export class MessagePlaces {
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private offsets = new Float64Array(1024);
  private lengths = new Float64Array(1024);
  private numbers = new Uint32Array(1024);
  private fileOf = new Uint32Array(1024);
  private mbox = new Uint8Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(ref: MessageRef, number: number): number {
    if (this.count === this.offsets.length) {
      this.offsets = grown(this.offsets, (n) => new Float64Array(n));
      this.lengths = grown(this.lengths, (n) => new Float64Array(n));
      this.numbers = grown(this.numbers, (n) => new Uint32Array(n));
      this.fileOf = grown(this.fileOf, (n) => new Uint32Array(n));
      this.mbox = grown(this.mbox, (n) => new Uint8Array(n));
    }
    let file = this.fileIndex.get(ref.file);
    if (file === undefined) {
      file = this.files.push(ref.file) - 1;
      this.fileIndex.set(ref.file, file);
    }
    const i = this.count;
    this.offsets[i] = ref.offset;
    this.lengths[i] = ref.length;
    this.numbers[i] = number;
    this.fileOf[i] = file;
    this.mbox[i] = ref.mbox ? 1 : 0;
    this.count += 1;
    return i;
  }

  get(i: number): MessageRef {
    const file = this.files[this.fileOf[i] as number] as string;
    const mbox = this.mbox[i] === 1;
    return {
      file,
      offset: this.offsets[i] as number,
      length: this.lengths[i] as number,
      mbox,
      source: mbox ? `${file}#${this.numbers[i]}` : file,
    };
  }
}
