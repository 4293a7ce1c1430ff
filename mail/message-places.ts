// Where every message of a run lives, in typed arrays: 8 bytes per message instead of an object each.
import { uint32s } from './chunked-array';
import type { MessageRef } from './scan-mail';

interface PlacesFile {
  readonly file: string;
  readonly mbox: boolean;
  /** Index of its first message in the run. */
  readonly first: number;
  /** Indices (in the run) where the n-th message of the file skips numbers, with the number it has. */
  readonly jumps: { at: number; number: number }[];
  /** Indices (in the run) from which offsets are past another 4 GiB step, with that step's count. */
  readonly steps: { at: number; number: number }[];
}

const STEP = 2 ** 32;

/** The last mark at or before index i (marks sorted by index), by binary search. */
function lastAtOrBefore(marks: readonly { at: number; number: number }[], i: number) {
  let found: { at: number; number: number } | undefined;
  for (let lo = 0, hi = marks.length - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    const mark = marks[mid] as { at: number; number: number };
    if (mark.at <= i) {
      found = mark;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Append-only list of message refs, added file by file; get(i) rebuilds the ref. A message's number in its
 * mbox follows from its file's first index, except past skipped messages (few): those are kept as jumps.
 */
export class MessagePlaces {
  private readonly files: PlacesFile[] = [];
  /** Offsets modulo 4 GiB; the 4 GiB steps of each file are kept as jumps (offsets grow within a file). */
  private readonly offsets = uint32s();
  private readonly lengths = uint32s();
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(ref: MessageRef, number: number): number {
    let last = this.files[this.files.length - 1];
    if (last === undefined || last.file !== ref.file) {
      last = { file: ref.file, mbox: ref.mbox, first: this.count, jumps: [], steps: [] };
      this.files.push(last);
    }
    const i = this.count;
    if (number !== this.numberOf(last, i)) last.jumps.push({ at: i, number });
    const step = Math.floor(ref.offset / STEP);
    if (step !== (last.steps[last.steps.length - 1]?.number ?? 0)) last.steps.push({ at: i, number: step });
    this.offsets.set(i, ref.offset % STEP);
    this.lengths.set(i, ref.length); // a Buffer holds at most 4 GB: a message is never longer
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
      offset: (lastAtOrBefore(f.steps, i)?.number ?? 0) * STEP + this.offsets.get(i),
      length: this.lengths.get(i),
      mbox: f.mbox,
      source: f.mbox ? `${f.file}#${this.numberOf(f, i)}` : f.file,
    };
  }
}
