// Reads an mbox as a stream and yields each message's byte range, never holding more than one message.
import { open } from 'node:fs/promises';

export interface MboxRegion {
  /** File offset of the message's first byte (after its From_ line). */
  readonly offset: number;
  /** The message as stored, up to the next From_ line (mboxrd quoting still in place). */
  readonly bytes: Buffer;
}

const LF = 0x0a;
const CR = 0x0d;
const FROM_LINE = Buffer.from('\nFrom ', 'latin1');

/**
 * Index of the next From_ line's "F" at or after `from`, or -1. A separator is a line starting with
 * "From " after a blank line (the rule of split-mbox.ts): mboxo files leave unquoted "From " lines in
 * bodies, which the blank-line rule mostly keeps apart.
 */
function nextSeparator(buf: Buffer, from: number): number {
  for (let i = buf.indexOf(FROM_LINE, Math.max(from - 1, 0)); i !== -1; i = buf.indexOf(FROM_LINE, i + 1)) {
    const blankBefore = buf[i - 1] === LF || (buf[i - 1] === CR && buf[i - 2] === LF);
    if (blankBefore && i + 1 >= from) return i + 1;
  }
  return -1;
}

/** The region of one From_-led block; null for text before the first From_ line. */
function regionOf(block: Buffer, at: number): MboxRegion | null {
  if (!block.subarray(0, 5).equals(Buffer.from('From ', 'latin1'))) return null;
  const eol = block.indexOf(LF);
  if (eol === -1) return null;
  return { offset: at + eol + 1, bytes: block.subarray(eol + 1) };
}

/** Each message of the mbox in file order; reads grow with the largest message, not the file. */
export async function* mboxRegions(file: string, chunkSize = 1 << 20): AsyncGenerator<MboxRegion> {
  const handle = await open(file, 'r');
  try {
    let pending = Buffer.alloc(0);
    let pendingAt = 0;
    let scanFrom = 1;
    for (;;) {
      const sep = nextSeparator(pending, scanFrom);
      if (sep !== -1) {
        const region = regionOf(pending.subarray(0, sep), pendingAt);
        if (region) yield region;
        pending = pending.subarray(sep);
        pendingAt += sep;
        scanFrom = 1;
        continue;
      }
      // Read at least as much as is pending, so one huge message costs linear, not quadratic, copying.
      const size = Math.max(chunkSize, pending.length);
      const chunk = Buffer.allocUnsafe(size);
      const { bytesRead } = await handle.read(chunk, 0, size, pendingAt + pending.length);
      if (bytesRead === 0) {
        const region = regionOf(pending, pendingAt);
        if (region && region.bytes.length > 0) yield region;
        return;
      }
      scanFrom = Math.max(pending.length - 2, 1);
      pending = Buffer.concat([pending, chunk.subarray(0, bytesRead)]);
    }
  } finally {
    await handle.close();
  }
}

/**
 * The message a region holds, as split-mbox.ts gives it: CRLF lines, mboxrd `>From ` quoting undone, the
 * blank line before the next From_ line dropped.
 */
export function mboxMessageBytes(region: Buffer): Buffer {
  const lines = region.toString('latin1').split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const text = lines.map((line) => (/^>+From /.test(line) ? line.slice(1) : line)).join('\r\n');
  return Buffer.from(`${text}\r\n`, 'latin1');
}

/** True when the bytes start like an mbox (a From_ line) rather than a single message. */
export function startsWithFromLine(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === 'From ';
}
