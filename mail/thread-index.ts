// Groups messages into threads as they arrive, holding only small per-message facts (ids as numbers).
import { normaliseSubject } from './normalise-subject';
import type { ThreadingHeaders } from './threading-headers';

/**
 * A copy of a string that holds only its own characters: an id cut out of a header block would otherwise
 * keep the whole block alive in V8 (a "sliced string"), hundreds of bytes per message for the whole run.
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

export interface ThreadGroup {
  /** 'gm:<id>' for Gmail's thread id, 'subject:<subject>' for a lone message, null for a reply chain. */
  readonly label: string | null;
  /** Indices of its messages, in order of arrival. */
  readonly members: readonly number[];
}

/**
 * Gmail's X-GM-THRID wins; otherwise messages linked by References/In-Reply-To form one thread (union-find
 * over interned ids, near-constant time per link); a message with no link that nobody references is
 * grouped with others of the same subject.
 */
export class ThreadIndex {
  private readonly nodes = new Map<string, number>();
  private readonly parent: number[] = [];
  private readonly referenced: boolean[] = [];
  private readonly nodeOf: number[] = [];
  private readonly linked: boolean[] = [];
  private readonly gm: (string | null)[] = [];
  private readonly subjectOf: (string | null)[] = [];

  get size(): number {
    return this.nodeOf.length;
  }

  private newNode(): number {
    this.parent.push(this.parent.length);
    this.referenced.push(false);
    return this.parent.length - 1;
  }

  private node(id: string): number {
    let n = this.nodes.get(id);
    if (n === undefined) {
      n = this.newNode();
      this.nodes.set(detached(id), n);
    }
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
    const own = h.messageId === null ? this.newNode() : this.node(h.messageId);
    const links = h.inReplyTo === null ? h.references : [...h.references, h.inReplyTo];
    for (const link of links) {
      const n = this.node(link);
      this.union(own, n);
      this.referenced[n] = true;
    }
    this.nodeOf.push(own);
    this.linked.push(links.length > 0);
    this.gm.push(h.gmThreadId === null ? null : detached(h.gmThreadId));
    this.subjectOf.push(links.length > 0 || h.gmThreadId ? null : detached(normaliseSubject(h.subject)));
    return this.nodeOf.length - 1;
  }

  /** Threads in order of first appearance. */
  groups(): ThreadGroup[] {
    const groups = new Map<string, { label: string | null; members: number[] }>();
    for (let i = 0; i < this.nodeOf.length; i += 1) {
      const node = this.nodeOf[i] as number;
      const gm = this.gm[i] ?? null;
      const standalone = !this.linked[i] && !this.referenced[node];
      const label = gm ? `gm:${gm}` : standalone ? `subject:${this.subjectOf[i]}` : null;
      const key = label ?? `node:${this.find(node)}`;
      const group = groups.get(key) ?? { label, members: [] };
      group.members.push(i);
      groups.set(key, group);
    }
    return [...groups.values()];
  }
}
