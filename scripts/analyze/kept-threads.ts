// Holds each analysed thread from its analysis to the output, in memory or spilled to a temporary file.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';

export interface KeptThreads<T> {
  push(item: T): void;
  readonly count: number;
  /** Every item in order; read once. */
  items(): Iterable<T>;
}

export function keptInMemory<T>(): KeptThreads<T> {
  const list: T[] = [];
  return {
    push: (item) => list.push(item),
    get count() {
      return list.length;
    },
    items: () => list,
  };
}

const FLUSH_AT = 1 << 20;

/**
 * The CLI's store: each item v8-serialised behind its 4-byte length into a file that is unlinked as soon
 * as it is open (nothing is left behind, even on a crash), so memory does not grow with the threads.
 */
export class KeptOnDisk<T> implements KeptThreads<T> {
  private readonly fd: number;
  /** Set when the folder could not be removed while the file was open (Windows): removed at the end. */
  private folder: string | null = null;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;
  private n = 0;

  constructor(dir: string = tmpdir()) {
    const folder = mkdtempSync(path.join(dir, 'fuc-analyze-'));
    try {
      this.fd = openSync(path.join(folder, 'threads.bin'), 'w+');
    } catch (error) {
      rmSync(folder, { recursive: true, force: true });
      throw error;
    }
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch {
      this.folder = folder;
    }
  }

  get count(): number {
    return this.n;
  }

  push(item: T): void {
    const body = serialize(item);
    const head = Buffer.allocUnsafe(4);
    head.writeUInt32LE(body.length, 0);
    this.pending.push(head, body);
    this.pendingBytes += 4 + body.length;
    this.n += 1;
    if (this.pendingBytes >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    const bytes = Buffer.concat(this.pending, this.pendingBytes);
    for (let at = 0; at < bytes.length;)
      at += writeSync(this.fd, bytes, at, bytes.length - at, this.written + at);
    this.written += bytes.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  *items(): Generator<T> {
    this.flush();
    // One buffer, reused: unread bytes move to its start before each read; it grows only for a huge item.
    let buf = Buffer.allocUnsafe(FLUSH_AT);
    let at = 0;
    let end = 0;
    try {
      for (let read = 0; read < this.written || at < end;) {
        const need = at + 4 <= end ? 4 + buf.readUInt32LE(at) : 4;
        if (at + need <= end) {
          yield deserialize(buf.subarray(at + 4, at + need)) as T;
          at += need;
          continue;
        }
        if (need > buf.length) {
          const bigger = Buffer.allocUnsafe(need);
          buf.copy(bigger, 0, at, end);
          buf = bigger;
        } else buf.copyWithin(0, at, end);
        end -= at;
        at = 0;
        const got = readSync(this.fd, buf, end, buf.length - end, read);
        if (got === 0) throw new Error('analyze: the temporary file of threads ended early');
        read += got;
        end += got;
      }
    } finally {
      closeSync(this.fd);
      if (this.folder !== null) rmSync(this.folder, { recursive: true, force: true });
    }
  }
}
