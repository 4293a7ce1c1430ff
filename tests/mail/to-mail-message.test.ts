import * as path from 'node:path';
import { HEADER_NAMES } from '../../src/core/message/header-names';
import { readMailPaths } from '../../mail/read-mail';
import { toMailMessage } from '../../mail/to-mail-message';

describe('toMailMessage', () => {
  it('keeps only the classifier headers, the message id and a bounded body', async () => {
    const { messages } = await readMailPaths([path.resolve(__dirname, '../fixtures/mail/thread.mbox')]);
    const m = toMailMessage(messages[2]!, 12);
    expect(m.id).toBe('logo-02@studio-rossi.it');
    expect(m.body).toBe('Hi Tom, any ');
    expect(Object.keys(m.headers).sort()).toEqual([
      'content-type',
      'in-reply-to',
      'message-id',
      'references',
    ]);
    expect(Object.keys(m.headers).every((k) => (HEADER_NAMES as readonly string[]).includes(k))).toBe(true);
    expect(m.at).toBe(Date.UTC(2024, 3, 15, 7, 30));
    expect(m.from?.email).toBe('giulia.rossi@studio-rossi.it');
  });
});
