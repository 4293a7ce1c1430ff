import { PreviewError } from '../../preview/load-mail';
import { threadMessages, threadSummaries } from '../../preview/views';
import { sampleSession, threadIdOf } from './sample-session';

const sidebarText = (response: unknown): string => JSON.stringify(response);

describe('PreviewSession', () => {
  it('runs the bundle’s contextual trigger for a thread, counting days to the emulator clock', async () => {
    const session = await sampleSession();
    const { response } = session.run({ kind: 'open', threadId: threadIdOf(session, 'Brand guidelines') });
    expect(sidebarText(response)).toContain('Waiting on Sarah for 7 days · 5 working days');
  });

  it('sees the same thread at another date when the clock is set elsewhere (--now)', async () => {
    const session = await sampleSession('2026-11-17T10:00:00+01:00');
    const { response } = session.run({ kind: 'open', threadId: threadIdOf(session, 'Brand guidelines') });
    expect(sidebarText(response)).toContain('Waiting on Sarah for 1 day · 1 working day');
  });

  it('refuses to call a function the bundle does not define', async () => {
    const session = await sampleSession();
    expect(() => session.run({ kind: 'action', function: 'eval' })).toThrow(PreviewError);
    expect(() => session.run({ kind: 'action', function: 'process.exit' })).toThrow(
      /not a function of dist\/Code.js/,
    );
  });

  it('lists threads newest first and shows a thread’s messages without drafts', async () => {
    const session = await sampleSession();
    const list = threadSummaries(session.emulator);
    expect(list[0]?.sender).toBe('Luca Moretti');
    expect(list.map((t) => t.date)).toEqual([...list.map((t) => t.date)].sort((a, b) => b - a));
    const messages = threadMessages(session.emulator, threadIdOf(session, 'Packaging redesign'));
    expect(messages.map((m) => m.from)).toEqual([
      'Giulia Bianchi <giulia@studiobianchi.it>',
      'Anna Schmidt <anna.schmidt@kellerhaus-design.de>',
    ]);
  });

  it('shows a draft’s From, To and Cc: from the alias the thread used, never to me', async () => {
    const session = await sampleSession();
    const threadId = threadIdOf(session, 'servizio fotografico');
    session.run({ kind: 'open', threadId });
    const { drafts } = session.run({ kind: 'action', function: 'onReplyWithThis', threadId });
    expect(drafts[0]).toMatchObject({
      from: 'info@studiobianchi.it',
      to: 'Francesca Galli <francesca.galli@gallieventi.it>',
      cc: '',
    });
  });
});
