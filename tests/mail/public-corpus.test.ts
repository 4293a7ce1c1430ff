// The CLI's mail reader on the public fixture corpus: mbox splitting, threading, bounces (guard shared with tests/corpus).
import * as path from 'node:path';
import { groupThreads } from '../../mail/group-threads';
import { readMailPaths } from '../../mail/read-mail';
import { CORPUS, describeCorpus } from '../corpus/corpus-files';

describeCorpus('the public mail corpus', () => {
  it('splits mail-box/mbox.src into 45 messages without warnings', async () => {
    const { messages, warnings } = await readMailPaths([path.join(CORPUS, 'mail-box/mbox.src')]);
    expect(messages).toHaveLength(45);
    expect(warnings).toEqual([]);
    expect(messages.every((m) => m.date !== null)).toBe(true);
    // One message in the corpus was saved without a From header: it must read as null, not crash.
    expect(messages.filter((m) => m.from === null).map((m) => m.subject)).toEqual([
      'Resize with Transparency',
    ]);
  });

  it('groups the mbox by References, the HTML-to-PS question and its replies together', async () => {
    const { messages } = await readMailPaths([path.join(CORPUS, 'mail-box/mbox.src')]);
    const threads = groupThreads(messages);
    const conversion = threads.find((t) => t.key === '38A11D0E.A2064062@ipicorp.com');
    expect(conversion?.messages.length).toBeGreaterThanOrEqual(3);
    expect(threads.length).toBeLessThan(messages.length);
    const total = threads.reduce((n, t) => n + t.messages.length, 0);
    expect(total).toBe(45);
  });

  it('reads every sisimai and talon message, bounces as multipart/report where declared', async () => {
    const { messages, warnings } = await readMailPaths([
      path.join(CORPUS, 'sisimai'),
      path.join(CORPUS, 'talon'),
    ]);
    expect(warnings).toEqual([]);
    expect(messages.length).toBe(27);
    const rfc3464 = messages.find((m) => m.source.endsWith('rfc3464-01.eml'));
    expect(rfc3464?.contentType).toBe('multipart/report');
  });
});
