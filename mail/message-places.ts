// Where every message of a run lives, in typed arrays: 12 bytes per message instead of an object each.
import { grownArray } from './id-table';
import type { MessageRef } from './scan-mail';

interface PlacesFile {
  readonly file: string;
  readonly mbox: boolean;
  /** Index of its first message in the run. */
  readonly first: number;
  /** Indices (in the run) where the n-th message of the file skips numbers, with the number it has. */
  readonly jumps: { at: number; number: number }[];
}

/**
 * Append-only list of message refs, added file by file; get(i) rebuilds the ref. A message's number in its
 * mbox follows from its file's first index, except past skipped messages (few): those are kept as jumps.
 */
export class MessagePlaces {
  private readonly files: PlacesFile[] = [];
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(ref: MessageRef, number: number): number {
    if (this.count === this.offsets.length) {
      this.offsets = grownArray(this.offsets, this.count + 1);
      this.lengths = grownArray(this.lengths, this.count + 1);
    }
    let last = this.files[this.files.length - 1];
    if (last === undefined || last.file !== ref.file) {
      last = { file: ref.file, mbox: ref.mbox, first: this.count, jumps: [] };
      this.files.push(last);
    }
    const i = this.count;
    if (number !== this.numberOf(last, i)) last.jumps.push({ at: i, number });
    this.offsets[i] = ref.offset;
    this.lengths[i] = ref.length; // a Buffer holds at most 4 GB: a message is never longer
    this.count += 1;
    return i;
  }

  private numberOf(f: PlacesFile, i: number): number {
    let base = { at: f.first, number: 1 };
    for (let lo = 0, hi = f.jumps.length - 1; lo <= hi;) {
      const mid = (lo + hi) >> 1;
      const jump = f.jumps[mid] as { at: number; number: number };
      if (jump.at <= i) {
        base = jump;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return base.number + (i - base.at);
  }

  private fileOf(i: number): PlacesFile {
    let lo = 0;
    for (let hi = this.files.length - 1; lo < hi;) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.files[mid] as PlacesFile).first <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.files[lo] as PlacesFile;
  }

  get(i: number): MessageRef {
    const f = this.fileOf(i);
    return {
      file: f.file,
      offset: this.offsets[i] as number,
      length: this.lengths[i] as number,
      mbox: f.mbox,
      source: f.mbox ? `${f.file}#${this.numberOf(f, i)}` : f.file,
    };
  }
}
