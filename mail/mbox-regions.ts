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
const GT = 0x3e;
const FROM_LINE = Buffer.from('\nFrom ', 'latin1');
const FROM = Buffer.from('From ', 'latin1');

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
  if (!block.subarray(0, 5).equals(FROM)) return null;
  const eol = block.indexOf(LF);
  if (eol === -1) return null;
  return { offset: at + eol + 1, bytes: block.subarray(eol + 1) };
}

/**
 * The buffer to read into next, with the pending bytes moved to its start: room for at least as much as is
 * pending (one huge message costs linear, not quadratic, copying); a buffer grown for one huge message is
 * given back once it is four times what is needed.
 */
function readBuffer(buf: Buffer, start: number, end: number, chunkSize: number): Buffer {
  const length = end - start;
  const wanted = length + Math.max(chunkSize, length);
  if (buf.length < wanted || buf.length > 4 * wanted) {
    const next = Buffer.allocUnsafe(wanted);
    buf.copy(next, 0, start, end);
    return next;
  }
  buf.copyWithin(0, start, end);
  return buf;
}

/**
 * Each message of the mbox in file order; reads grow with the largest message, not the file. A region's
 * bytes are a view of one reused buffer: valid until the next region is asked for (copy what is kept).
 */
export async function* mboxRegions(file: string, chunkSize = 1 << 20): AsyncGenerator<MboxRegion> {
  const handle = await open(file, 'r');
  try {
    let buf: Buffer = Buffer.allocUnsafe(chunkSize);
    let start = 0;
    let end = 0;
    let pendingAt = 0;
    let scanFrom = 1;
    for (;;) {
      const pending = buf.subarray(start, end);
      const sep = nextSeparator(pending, scanFrom);
      if (sep !== -1) {
        const region = regionOf(pending.subarray(0, sep), pendingAt);
        if (region) yield region;
        start += sep;
        pendingAt += sep;
        scanFrom = 1;
        continue;
      }
      const length = end - start;
      buf = readBuffer(buf, start, end, chunkSize);
      start = 0;
      end = length;
      const { bytesRead } = await handle.read(buf, end, buf.length - end, pendingAt + end);
      if (bytesRead === 0) {
        const region = regionOf(buf.subarray(0, end), pendingAt);
        if (region && region.bytes.length > 0) yield region;
        return;
      }
      scanFrom = Math.max(length - 2, 1);
      end += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** Length of `bytes` up to `end` without one line end (CRLF or LF) at its end. */
function withoutLineEnd(bytes: Uint8Array, end: number): number {
  if (end === 0 || bytes[end - 1] !== LF) return end;
  return end >= 2 && bytes[end - 2] === CR ? end - 2 : end - 1;
}

/** True when the line at `at` reads `>+From ` (mboxrd quoting). */
function isQuotedFrom(bytes: Uint8Array, at: number, end: number): boolean {
  let i = at;
  while (i < end && bytes[i] === GT) i += 1;
  return i > at && i + 5 <= end && FROM.equals(bytes.subarray(i, i + 5));
}

/**
 * The message a region holds, as split-mbox.ts gives it: CRLF lines, mboxrd `>From ` quoting undone, the
 * blank line before the next From_ line dropped. Byte by byte, without a string of the whole message.
 */
export function mboxMessageBytes(region: Buffer): Buffer {
  let end = withoutLineEnd(region, region.length);
  if (end < region.length) end = withoutLineEnd(region, end);
  const out = Buffer.allocUnsafe(end * 2 + 2);
  let size = 0;
  for (let at = 0; ;) {
    const lf = region.indexOf(LF, at);
    const lineEnd = lf === -1 || lf >= end ? end : lf;
    const textEnd = lineEnd > at && region[lineEnd - 1] === CR && lineEnd < end ? lineEnd - 1 : lineEnd;
    const from = isQuotedFrom(region, at, textEnd) ? at + 1 : at;
    size += region.copy(out, size, from, textEnd);
    out[size++] = CR;
    out[size++] = LF;
    if (lineEnd >= end) break;
    at = lineEnd + 1;
  }
  return out.subarray(0, size);
}

/** True when the bytes start like an mbox (a From_ line) rather than a single message. */
export function startsWithFromLine(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === 'From ';
}
