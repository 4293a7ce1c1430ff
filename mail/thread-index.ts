// Groups messages into threads as they arrive, holding a few bytes per message (ids as hashed numbers).
import { grownArray, IdTable } from './id-table';
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

const GM_LABEL = 1;
const GM = 1;
const SUBJECT = 2;

/**
 * Gmail's X-GM-THRID wins; otherwise messages linked by References/In-Reply-To form one thread (union-find
 * over numbered ids, near-constant time per link); a message with no link that nobody references is
 * grouped with others of the same subject. About 20 bytes per message and per id.
 */
export class ThreadIndex {
  private readonly ids = new IdTable();
  /** Gmail thread ids and subjects, told apart by their first character. */
  private readonly labels = new IdTable();
  private parent = new Int32Array(1024);
  private referenced = new Uint8Array(1024);
  private nodeOf = new Int32Array(1024);
  /** Per message: the number of its Gmail thread id or subject in `labels`, -1 for none. */
  private labelOf = new Int32Array(1024);
  private flags = new Uint8Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  private node(id: string): number {
    const before = this.ids.size;
    const n = this.ids.add(id);
    if (n < before) return n;
    if (n >= this.parent.length) {
      this.parent = grownArray(this.parent, n + 1);
      this.referenced = grownArray(this.referenced, n + 1);
    }
    this.parent[n] = n;
    return n;
  }

  private find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    for (let n = x; this.parent[n] !== root;) {
      const next = this.parent[n] as number;
      this.parent[n] = root;
      n = next;
    }
    return root;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[rb] = ra;
  }

  /** Adds one message; returns its index. */
  add(h: ThreadingHeaders): number {
    const i = this.count;
    // A message without Message-ID is a node of its own: a name no real id can have.
    const own = this.node(h.messageId ?? `\u0000${i}`);
    const links = h.inReplyTo === null ? h.references : [...h.references, h.inReplyTo];
    for (const link of links) {
      const n = this.node(link);
      this.union(own, n);
      this.referenced[n] = 1;
    }
    if (i === this.nodeOf.length) {
      this.nodeOf = grownArray(this.nodeOf, i + 1);
      this.labelOf = grownArray(this.labelOf, i + 1);
      this.flags = grownArray(this.flags, i + 1);
    }
    this.nodeOf[i] = own;
    this.flags[i] = h.gmThreadId ? GM_LABEL : 0;
    // Only a message with no link can stand alone under its subject.
    this.labelOf[i] = h.gmThreadId
      ? this.labels.add(`g${h.gmThreadId}`)
      : links.length > 0
        ? -1
        : this.labels.add(`s${normaliseSubject(h.subject)}`);
    this.count += 1;
    return i;
  }

  /** Message i's group key (its label's number past the ids, else its chain's root) and label kind. */
  private keyOf(i: number): { key: number; kind: number } {
    const node = this.nodeOf[i] as number;
    const label = this.labelOf[i] as number;
    const flags = this.flags[i] as number;
    if ((flags & GM_LABEL) !== 0) return { key: this.ids.size + label, kind: GM };
    if (label !== -1 && this.referenced[node] === 0) return { key: this.ids.size + label, kind: SUBJECT };
    return { key: this.find(node), kind: 0 };
  }

  /** Threads in order of first appearance. */
  groups(): ThreadGroups {
    const groupOfKey = new Int32Array(this.ids.size + this.labels.size).fill(-1);
    const sizes: number[] = [];
    const kinds: number[] = [];
    for (let i = 0; i < this.count; i += 1) {
      const { key, kind } = this.keyOf(i);
      let g = groupOfKey[key] as number;
      if (g === -1) {
        g = sizes.push(0) - 1;
        kinds.push(kind);
        groupOfKey[key] = g;
      }
      sizes[g] = (sizes[g] as number) + 1;
    }
    const starts = new Uint32Array(sizes.length + 1);
    for (let g = 0; g < sizes.length; g += 1) starts[g + 1] = (starts[g] as number) + (sizes[g] as number);
    const next = starts.slice(0, sizes.length);
    const order = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i += 1) {
      const g = groupOfKey[this.keyOf(i).key] as number;
      order[next[g] as number] = i;
      next[g] = (next[g] as number) + 1;
    }
    return new ThreadGroups(order, starts, Uint8Array.from(kinds));
  }
}
