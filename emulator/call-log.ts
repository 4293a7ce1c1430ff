// Counts every emulated service call, tagged remote (a round trip to Google) or local (in-process).

export type CallKind = 'remote' | 'local';

export interface CallEntry {
  readonly name: string;
  readonly kind: CallKind;
}

export class CallLog {
  readonly entries: CallEntry[] = [];

  record(name: string, kind: CallKind): void {
    this.entries.push({ name, kind });
  }

  /** Calls of one 'Service.method', e.g. 'GmailThread.getMessages'. */
  count(name: string): number {
    return this.entries.filter((e) => e.name === name).length;
  }

  remoteTotal(): number {
    return this.entries.filter((e) => e.kind === 'remote').length;
  }

  localTotal(): number {
    return this.entries.filter((e) => e.kind === 'local').length;
  }

  /** Counts per 'Service.method'. */
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.entries) out[e.name] = (out[e.name] ?? 0) + 1;
    return out;
  }

  /** Counts per service (the part before the first dot), split into remote and local. */
  byService(): Record<string, { remote: number; local: number }> {
    const out: Record<string, { remote: number; local: number }> = {};
    for (const e of this.entries) {
      const service = e.name.split('.')[0]!;
      const counts = (out[service] ??= { remote: 0, local: 0 });
      counts[e.kind] += 1;
    }
    return out;
  }

  reset(): void {
    this.entries.length = 0;
  }
}
