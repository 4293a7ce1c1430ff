// Groups messages into threads as they arrive, holding a few bytes per message (ids as hashed numbers).
import { int32s, uint32s, uint8s } from './chunked-array';
import { IdTable } from './id-table';
import { normaliseSubject } from './normalise-subject';
import type { ThreadingHeaders } from './threading-headers';

/** How a group's label is made from its first message: Gmail's thread id, its subject, or none. */
export type LabelKind = 'gm' | 'subject' | null;

/** 'gm:<id>' for Gmail's thread id, 'subject:<subject>' for a lone message, null for a reply chain. */
export function labelOf(
  kind: LabelKind,
  first: Pick<ThreadingHeaders, 'gmThreadId' | 'subject'>,
): string | null {
  if (kind === 'gm') return `gm:${first.gmThreadId}`;
  return kind === 'subject' ? `subject:${normaliseSubject(first.subject)}` : null;
}

/** The threads of a run, in order of first appearance: message indices in typed arrays, no objects. */
export class ThreadGroups {
  constructor(
    private readonly order: Uint32Array,
    private readonly starts: Uint32Array,
    private readonly kinds: Uint8Array,
  ) {}

  get count(): number {
    return this.kinds.length;
  }

  /** Indices of group g's messages, in order of arrival. */
  members(g: number): Uint32Array {
    return this.order.subarray(this.starts[g], this.starts[g + 1]);
  }

  kind(g: number): LabelKind {
    const k = this.kinds[g];
    return k === GM ? 'gm' : k === SUBJECT ? 'subject' : null;
  }
}

const GM = 1;
const SUBJECT = 2;

/**
 * Gmail's X-GM-THRID wins; otherwise messages linked by References/In-Reply-To form one thread (union-find
 * over numbered ids, near-constant time per link); a message with no link that nobody references is
 * grouped with others of the same subject. About 30 bytes per message and id, in blocks (never copied).
 */
export class ThreadIndex {
  private readonly ids = new IdTable();
  /** Gmail thread ids and subjects, told apart by their first character. */
  private readonly labels = new IdTable();
  private readonly parent = int32s();
  private readonly referenced = uint8s();
  private readonly nodeOf = int32s();
  /** Per message: its subject's number in `labels`, -(n + 2) for its Gmail thread id's, -1 for none. */
  private readonly labelOf = int32s();
  private count = 0;
  private grouped = false;

  get size(): number {
    return this.count;
  }

  private node(id: string): number {
    const before = this.ids.size;
    const n = this.ids.add(id);
    if (n < before) return n;
    this.parent.set(n, n);
    this.referenced.set(n, 0);
    return n;
  }

  private find(x: number): number {
    let root = x;
    while (this.parent.get(root) !== root) root = this.parent.get(root);
    for (let n = x; this.parent.get(n) !== root;) {
      const next = this.parent.get(n);
      this.parent.set(n, root);
      n = next;
    }
    return root;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }

  /** Adds one message; returns its index. */
  add(h: ThreadingHeaders): number {
    if (this.grouped) throw new Error('ThreadIndex: add after groups()');
    const i = this.count;
    // A message without Message-ID is a node of its own: a name no real id can have.
    const own = this.node(h.messageId ?? `\u0000${i}`);
    const links = h.inReplyTo === null ? h.references : [...h.references, h.inReplyTo];
    for (const link of links) {
      const n = this.node(link);
      this.union(own, n);
      this.referenced.set(n, 1);
    }
    this.nodeOf.set(i, own);
    // Only a message with no link can stand alone under its subject.
    this.labelOf.set(
      i,
      h.gmThreadId
        ? -(this.labels.add(`g${h.gmThreadId}`) + 2)
        : links.length > 0
          ? -1
          : this.labels.add(`s${normaliseSubject(h.subject)}`),
    );
    this.count += 1;
    return i;
  }

  /**
   * Each message's group key (its label's number past the ids, else its chain's root) and label kind,
   * written over nodeOf and labelOf; the ids and the union-find are let go.
   */
  private keys(): void {
    const idCount = this.ids.size;
    this.ids.release();
    this.labels.release();
    for (let i = 0; i < this.count; i += 1) {
      const node = this.nodeOf.get(i);
      const label = this.labelOf.get(i);
      let key = this.find(node);
      let kind = 0;
      if (label <= -2) [key, kind] = [idCount - label - 2, GM];
      else if (label >= 0 && this.referenced.get(node) === 0) [key, kind] = [idCount + label, SUBJECT];
      this.nodeOf.set(i, key);
      this.labelOf.set(i, kind);
    }
    this.parent.clear();
    this.referenced.clear();
  }

  /** Threads in order of first appearance. Once only: the index is let go as the groups are made. */
  groups(): ThreadGroups {
    if (this.grouped) throw new Error('ThreadIndex: groups() twice');
    this.grouped = true;
    const groupOfKey = int32s(-1);
    this.keys();
    const sizes = uint32s();
    const kinds = uint8s();
    let groups = 0;
    for (let i = 0; i < this.count; i += 1) {
      const key = this.nodeOf.get(i);
      let g = groupOfKey.get(key);
      if (g === -1) {
        g = groups;
        groups += 1;
        kinds.set(g, this.labelOf.get(i));
        groupOfKey.set(key, g);
      }
      sizes.set(g, sizes.get(g) + 1);
      this.nodeOf.set(i, g);
    }
    groupOfKey.clear();
    this.labelOf.clear();
    const starts = new Uint32Array(groups + 1);
    for (let g = 0; g < groups; g += 1) starts[g + 1] = (starts[g] as number) + sizes.get(g);
    sizes.clear();
    const next = starts.slice(0, groups);
    const order = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i += 1) {
      const g = this.nodeOf.get(i);
      order[next[g] as number] = i;
      next[g] = (next[g] as number) + 1;
    }
    this.nodeOf.clear();
    return new ThreadGroups(
      order,
      starts,
      Uint8Array.from({ length: groups }, (_, g) => kinds.get(g)),
    );
  }
}
