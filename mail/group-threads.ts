// Groups parsed messages into threads: Gmail's X-GM-THRID, else References/In-Reply-To, else subject.
import type { MailThread, ParsedMail } from './parsed-mail';
import { normaliseSubject } from './normalise-subject';

export type { MailThread } from './parsed-mail';

/** Union-find over string nodes (message ids and subject keys). */
class DisjointSets {
  private readonly parent = new Map<string, string>();

  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

function linksOf(m: ParsedMail): string[] {
  return m.inReplyTo ? [...m.references, m.inReplyTo] : [...m.references];
}

/** Which node each message belongs to, before GM thread ids are applied. */
function componentKeys(messages: readonly ParsedMail[]): string[] {
  const sets = new DisjointSets();
  const referenced = new Set<string>();
  for (const m of messages) {
    for (const link of linksOf(m)) {
      sets.union('id:' + m.messageId, 'id:' + link);
      referenced.add(link);
    }
  }
  return messages.map((m) => {
    const standalone = linksOf(m).length === 0 && !referenced.has(m.messageId);
    return standalone ? 'subject:' + normaliseSubject(m.subject) : sets.find('id:' + m.messageId);
  });
}

function byDate(a: ParsedMail, b: ParsedMail): number {
  return (a.date ?? Number.MAX_SAFE_INTEGER) - (b.date ?? Number.MAX_SAFE_INTEGER);
}

function keyOf(group: string, oldest: ParsedMail): string {
  if (group.startsWith('gm:') || group.startsWith('subject:')) return group.replace(/^gm:/, '');
  return oldest.references[0] ?? oldest.inReplyTo ?? oldest.messageId;
}

/** Threads in order of first appearance; messages oldest first (stable for equal or missing dates). */
export function groupThreads(messages: ParsedMail[]): MailThread[] {
  const components = componentKeys(messages);
  const groups = new Map<string, ParsedMail[]>();
  messages.forEach((m, i) => {
    const group = m.gmThreadId ? 'gm:' + m.gmThreadId : components[i]!;
    const list = groups.get(group) ?? [];
    list.push(m);
    groups.set(group, list);
  });
  return [...groups.entries()].map(([group, list]) => {
    const sorted = [...list].sort(byDate);
    const oldest = sorted[0]!;
    return { key: keyOf(group, oldest), subject: oldest.subject, messages: sorted };
  });
}
