import { labelOf, ThreadIndex } from '../../mail/thread-index';
import type { ThreadingHeaders } from '../../mail/threading-headers';

const h = (over: Partial<ThreadingHeaders>): ThreadingHeaders => ({
  messageId: null,
  inReplyTo: null,
  references: [],
  gmThreadId: null,
  subject: 'Preventivo',
  ...over,
});

function grouped(index: ThreadIndex): { members: number[]; kind: string | null }[] {
  const groups = index.groups();
  return Array.from({ length: groups.count }, (_, g) => ({
    members: [...groups.members(g)],
    kind: groups.kind(g),
  }));
}

describe('ThreadIndex', () => {
  it('joins a reply that arrives before its parent, and keeps threads in order of first appearance', () => {
    const index = new ThreadIndex();
    index.add(h({ messageId: 'x', subject: 'Altro' }));
    index.add(h({ messageId: 'b', inReplyTo: 'a' }));
    index.add(h({ messageId: 'a' }));
    index.add(h({ messageId: 'c', references: ['a'], inReplyTo: 'b' }));
    expect(grouped(index)).toEqual([
      { members: [0], kind: 'subject' },
      { members: [1, 2, 3], kind: null },
    ]);
  });

  it('keeps a link to the id added last (an id met again is not made a new root)', () => {
    const index = new ThreadIndex();
    index.add(h({ messageId: 'r1', references: ['root'] }));
    index.add(h({ messageId: 'r2', references: ['root'] }));
    index.add(h({ messageId: 'r3', references: ['r2'] }));
    expect(grouped(index).map((g) => g.members)).toEqual([[0, 1, 2]]);
  });

  it('gives messages without Message-ID threads of their own unless a subject or link joins them', () => {
    const index = new ThreadIndex();
    index.add(h({ subject: 'Uno' }));
    index.add(h({ subject: 'Due' }));
    index.add(h({ subject: 'Re: Uno' }));
    index.add(h({ inReplyTo: 'zz', subject: 'Uno' }));
    index.add(h({ inReplyTo: 'zz', subject: 'Tre' }));
    expect(grouped(index)).toEqual([
      { members: [0, 2], kind: 'subject' },
      { members: [1], kind: 'subject' },
      { members: [3, 4], kind: null },
    ]);
  });

  it('lets Gmail thread ids win and labels groups from their first message', () => {
    const index = new ThreadIndex();
    index.add(h({ messageId: 'a', gmThreadId: '17' }));
    index.add(h({ messageId: 'b', inReplyTo: 'a', gmThreadId: '18' }));
    index.add(h({ messageId: 'c', gmThreadId: '17' }));
    expect(grouped(index)).toEqual([
      { members: [0, 2], kind: 'gm' },
      { members: [1], kind: 'gm' },
    ]);
    expect(labelOf('gm', h({ gmThreadId: '17' }))).toBe('gm:17');
    expect(labelOf('subject', h({ subject: 'Re: Preventivo' }))).toBe('subject:preventivo');
    expect(labelOf(null, h({}))).toBeNull();
  });
});
