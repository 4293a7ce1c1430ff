// A minimal in-memory Blob for the CLI: postal-mime joins every body part through `new Blob(chunks)` and
// `blob.arrayBuffer()`, which in Node 20 goes through a stream reader and cost a fifth of the CLI's time.

type Part = string | ArrayBuffer | ArrayBufferView;

const encoder = new TextEncoder();

function bytesOf(part: Part): Uint8Array {
  if (typeof part === 'string') return encoder.encode(part);
  if (part instanceof ArrayBuffer) return new Uint8Array(part);
  return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
}

/** Only what postal-mime uses: the constructor, size, type and arrayBuffer(). */
class JoinedBytes {
  readonly type: string;
  private readonly bytes: Uint8Array;

  constructor(parts: readonly Part[] = [], options: { type?: string } = {}) {
    const pieces = parts.map(bytesOf);
    const total = pieces.reduce((sum, p) => sum + p.byteLength, 0);
    this.bytes = new Uint8Array(total);
    let at = 0;
    for (const p of pieces) {
      this.bytes.set(p, at);
      at += p.byteLength;
    }
    this.type = options.type ?? '';
  }

  get size(): number {
    return this.bytes.byteLength;
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.bytes.buffer as ArrayBuffer);
  }
}

/**
 * Replaces the global Blob in this process (the analyze command only: nothing else in it uses Blob). The
 * preview and the tests keep Node's own.
 */
export function useFastBlob(): void {
  (globalThis as { Blob: unknown }).Blob = JoinedBytes;
}
