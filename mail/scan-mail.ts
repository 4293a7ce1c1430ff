// Streams every message of the mail files once, and reads any of them again later by its place in its file.
import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { MailFile } from './mail-files';
import { mboxMessageBytes, mboxRegions, startsWithFromLine } from './mbox-regions';
import { MailFileError } from './parsed-mail';

/** Where one message lives: enough to read it again without holding it. */
export interface MessageRef {
  readonly file: string;
  readonly offset: number;
  readonly length: number;
  readonly mbox: boolean;
  /** `file#n` for the n-th message of an mbox, the file name for an .eml. */
  readonly source: string;
}

export interface ScannedMessage {
  readonly ref: MessageRef;
  /**
   * The message as stored (an mbox message keeps its `>From ` quoting and line ends): enough for its
   * header block; messageBytes() gives the message itself. For an mbox, a view of a reused buffer: valid
   * only until the next message is asked for.
   */
  readonly stored: Buffer;
  /** The file's bytes read so far, for progress. */
  readonly fileBytesRead: number;
}

/** Some .eml files keep the mbox envelope line ("From sender date") on top: drop it, keep one message. */
function emlMessageBytes(bytes: Buffer): Buffer {
  if (!startsWithFromLine(bytes)) return bytes;
  const eol = bytes.indexOf(0x0a);
  return eol === -1 ? Buffer.alloc(0) : bytes.subarray(eol + 1);
}

async function firstBytes(file: string): Promise<Buffer> {
  const handle = await open(file, 'r').catch((error: unknown) => {
    throw new MailFileError(file, error);
  });
  try {
    const head = Buffer.alloc(5);
    const { bytesRead } = await handle.read(head, 0, 5, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Each message of each file in order; an mbox that holds none becomes a warning. */
export async function* scanMailFiles(
  files: readonly MailFile[],
  warnings: string[],
): AsyncGenerator<ScannedMessage> {
  for (const { path: file, bytes: size } of files) {
    const isEml = file.toLowerCase().endsWith('.eml');
    const isMbox =
      !isEml && (file.toLowerCase().endsWith('.mbox') || startsWithFromLine(await firstBytes(file)));
    if (!isMbox) {
      const ref = { file, offset: 0, length: size, mbox: false, source: file };
      yield { ref, stored: loadMessage(ref), fileBytesRead: size };
      continue;
    }
    let n = 0;
    try {
      for await (const region of mboxRegions(file)) {
        n += 1;
        const ref = {
          file,
          offset: region.offset,
          length: region.bytes.length,
          mbox: true,
          source: `${file}#${n}`,
        };
        yield {
          ref,
          stored: region.bytes,
          fileBytesRead: region.offset + region.bytes.length,
        };
      }
    } catch (error) {
      if ((error as { code?: string }).code !== undefined) throw new MailFileError(file, error);
      throw error;
    }
    if (n === 0) warnings.push(`${file}: no messages found (no "From " separator line)`);
  }
}

/** The message itself from what the scan yielded, as loadMessage gives it again. */
export function messageBytes(scanned: ScannedMessage): Buffer {
  return scanned.ref.mbox ? mboxMessageBytes(scanned.stored) : scanned.stored;
}

function readAt(fd: number, ref: MessageRef): Buffer {
  const bytes = Buffer.allocUnsafe(ref.length);
  let read = 0;
  while (read < ref.length) {
    const n = readSync(fd, bytes, read, ref.length - read, ref.offset + read);
    if (n === 0) break;
    read += n;
  }
  const got = bytes.subarray(0, read);
  return ref.mbox ? mboxMessageBytes(got) : emlMessageBytes(got);
}

function openFile(file: string): number {
  try {
    return openSync(file, 'r');
  } catch (error) {
    throw new MailFileError(file, error);
  }
}

/** The bytes of one message, read again from its file. */
export function loadMessage(ref: MessageRef): Buffer {
  const fd = openFile(ref.file);
  try {
    return readAt(fd, ref);
  } finally {
    closeSync(fd);
  }
}

/** Reads messages again by their refs, keeping each mbox open between reads (the CLI's second look). */
export class MessageReader {
  private readonly open = new Map<string, number>();

  load(ref: MessageRef): Buffer {
    if (!ref.mbox) return loadMessage(ref);
    let fd = this.open.get(ref.file);
    if (fd === undefined) {
      fd = openFile(ref.file);
      this.open.set(ref.file, fd);
    }
    return readAt(fd, ref);
  }

  close(): void {
    for (const fd of this.open.values()) closeSync(fd);
    this.open.clear();
  }
}
