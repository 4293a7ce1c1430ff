import * as path from 'node:path';
import type { ParsedMail } from '../../mail/parsed-mail';
import { groupThreads } from '../../mail/group-threads';
import { readMailPaths } from '../../mail/read-mail';

function mail(over: Partial<ParsedMail> & { messageId: string }): ParsedMail {
  return {
    source: 'test.eml',
    gmThreadId: null,
    inReplyTo: null,
    references: [],
    date: null,
    from: null,
    to: [],
    cc: [],
    replyTo: [],
    subject: 'Sopralluogo cantiere',
    headers: {},
    text: '',
    contentType: 'text/plain',
    raw: '',
    ...over,
  };
}

describe('groupThreads', () => {
  it('groups by X-GM-THRID first, whatever the references say', () => {
    const threads = groupThreads([
      mail({ messageId: 'a', gmThreadId: '111', subject: 'Uno' }),
      mail({ messageId: 'b', gmThreadId: '222', inReplyTo: 'a', subject: 'Re: Uno' }),
      mail({ messageId: 'c', gmThreadId: '111', subject: 'Altro' }),
    ]);
    expect(threads.map((t) => [t.key, t.messages.map((m) => m.messageId)])).toEqual([
      ['111', ['a', 'c']],
      ['222', ['b']],
    ]);
  });

  it('joins siblings whose shared parent is missing through their common reference', () => {
    const threads = groupThreads([
      mail({ messageId: 'r1', references: ['root'], inReplyTo: 'root', date: 2000, subject: 'Re: Bozza' }),
      mail({ messageId: 'r2', references: ['root'], inReplyTo: 'root', date: 1000, subject: 'R: Bozza' }),
    ]);
    expect(threads).toHaveLength(1);
    expect(threads[0]!.key).toBe('root');
    expect(threads[0]!.messages.map((m) => m.messageId)).toEqual(['r2', 'r1']);
    expect(threads[0]!.subject).toBe('R: Bozza');
  });

  it('keys a reference thread by its root message id and puts messages oldest first', () => {
    const threads = groupThreads([
      mail({ messageId: 'reply', inReplyTo: 'orig', references: ['orig'], date: 5000 }),
      mail({ messageId: 'orig', date: 1000 }),
    ]);
    expect(threads.map((t) => [t.key, t.messages.map((m) => m.messageId)])).toEqual([
      ['orig', ['orig', 'reply']],
    ]);
  });

  it('falls back to the normalised subject for messages without any reference', () => {
    const threads = groupThreads([
      mail({ messageId: 'x', subject: 'Preventivo  sito' }),
      mail({ messageId: 'y', subject: 'RE: Fwd: preventivo sito' }),
      mail({ messageId: 'z', subject: 'Fattura marzo' }),
    ]);
    expect(threads.map((t) => [t.key, t.messages.length])).toEqual([
      ['subject:preventivo sito', 2],
      ['subject:fattura marzo', 1],
    ]);
  });

  it('groups the fixture mbox reply chain into one thread', async () => {
    const { messages } = await readMailPaths([path.resolve(__dirname, '../fixtures/mail/thread.mbox')]);
    const threads = groupThreads(messages);
    expect(threads).toHaveLength(1);
    expect(threads[0]!.key).toBe('logo-01@studio-rossi.it');
    expect(threads[0]!.subject).toBe('Logo drafts for Harbour Coffee');
  });
});
