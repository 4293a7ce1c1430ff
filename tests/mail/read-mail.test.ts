import * as path from 'node:path';
import { MailFileError, readMailPaths } from '../../mail/read-mail';

const FIXTURES = path.resolve(__dirname, '../fixtures/mail');
const at = (name: string) => path.join(FIXTURES, name);

describe('readMailPaths', () => {
  it('reads a single .eml with decoded subject, lower-cased parties and group members flattened', async () => {
    const { messages, warnings } = await readMailPaths([at('folder/2024/marzo/preventivo.eml')]);
    expect(warnings).toEqual([]);
    const [m] = messages;
    expect(m!.messageId).toBe('preventivo-01@studio-rossi.it');
    expect(m!.gmThreadId).toBe('1790123456789012345');
    expect(m!.subject).toBe('Preventivo sito web – revisione');
    expect(m!.from).toEqual({ email: 'giulia.rossi@studio-rossi.it', name: 'Giulia Rossi' });
    expect(m!.to).toEqual([
      { email: 'marco@bianchi-arredi.it', name: 'Marco Bianchi' },
      { email: 'ufficio@bianchi-arredi.it', name: '' },
    ]);
    expect(m!.cc.map((p) => p.email)).toEqual(['anna@bianchi-arredi.it', 'luca@bianchi-arredi.it']);
    expect(m!.replyTo).toEqual([{ email: 'preventivi@studio-rossi.it', name: '' }]);
    expect(m!.date).toBe(Date.UTC(2024, 2, 5, 8, 12));
    expect(m!.text).toContain('entro venerdì?');
    expect(m!.contentType).toBe('text/plain');
  });

  it('keeps every header lower-cased and unfolded, the first occurrence winning', async () => {
    const { messages } = await readMailPaths([at('folder/2024/marzo/preventivo.eml')]);
    expect(messages[0]!.headers['x-long-header']).toBe('prima parte seconda parte');
    expect(messages[0]!.headers['content-transfer-encoding']).toBe('8bit');
    expect(messages[0]!.raw).toContain('Buongiorno Marco,');
  });

  it('reads a folder recursively, only .eml files, in name order', async () => {
    const { messages } = await readMailPaths([at('folder')]);
    expect(messages.map((m) => path.basename(m.source))).toEqual(['preventivo.eml', 'html-only.eml']);
  });

  it('strips the tags of an HTML-only message to give a plain body', async () => {
    const { messages } = await readMailPaths([at('folder/html-only.eml')]);
    expect(messages[0]!.text).toBe('Spring offers & more\n\nOnly this week – 20% off');
    expect(messages[0]!.contentType).toBe('text/html');
  });

  it('splits an mbox, unquotes >From lines and turns a malformed message into a warning', async () => {
    const { messages, warnings } = await readMailPaths([at('thread.mbox')]);
    expect(messages.map((m) => m.messageId)).toEqual([
      'logo-01@studio-rossi.it',
      'CAF-tom-77@mail.harbour-coffee.co.uk',
      'logo-02@studio-rossi.it',
    ]);
    expect(messages.map((m) => path.basename(m.source))).toEqual([
      'thread.mbox#1',
      'thread.mbox#2',
      'thread.mbox#4',
    ]);
    expect(messages[0]!.text).toContain('\nFrom the second one');
    expect(messages[2]!.text).toContain('\n>From my side');
    expect(messages[2]!.references).toEqual([
      'logo-01@studio-rossi.it',
      'CAF-tom-77@mail.harbour-coffee.co.uk',
    ]);
    expect(messages[2]!.inReplyTo).toBe('CAF-tom-77@mail.harbour-coffee.co.uk');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/thread\.mbox: message 3 skipped/);
  });

  it('synthesises a stable message id when the header is missing', async () => {
    const first = await readMailPaths([at('no-message-id.eml')]);
    const second = await readMailPaths([at('no-message-id.eml')]);
    expect(first.messages[0]!.messageId).toMatch(/^[0-9a-f]{24}@synthesised\.invalid$/);
    expect(second.messages[0]!.messageId).toBe(first.messages[0]!.messageId);
  });

  it('throws a MailFileError naming a missing path', async () => {
    const missing = at('nowhere/lost.mbox');
    const error = await readMailPaths([missing]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailFileError);
    expect((error as MailFileError).name).toBe('MailFileError');
    expect((error as MailFileError).path).toBe(missing);
    expect((error as MailFileError).cause).toBeDefined();
  });
});
