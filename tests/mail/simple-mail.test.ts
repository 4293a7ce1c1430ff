import * as path from 'node:path';
import PostalMime from 'postal-mime';
import { listMailFiles } from '../../mail/mail-files';
import { messageBytes, scanMailFiles } from '../../mail/scan-mail';
import { simpleEmail } from '../../mail/simple-mail';
import { syntheticThread, toMbox } from '../../scripts/bench/synthetic-mail';

/** What postal-mime gives, cut to the fields the fast reading gives (header keys and values only). */
async function postalMime(bytes: Uint8Array) {
  const e = await PostalMime.parse(bytes);
  const { from, to, cc, replyTo, subject, date, text, html, attachments } = e;
  const headers = e.headers.map(({ key, value }) => ({ key, value }));
  return { headers, from, to, cc, replyTo, subject, date, text, html, attachments };
}

const defined = (o: object) => JSON.parse(JSON.stringify(o)) as unknown;

async function messagesIn(paths: string[]): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const scanned of scanMailFiles(await listMailFiles(paths, []), []))
    out.push(messageBytes(scanned));
  return out;
}

/** Every message where the fast reading answers must read exactly as postal-mime reads it. */
async function compareAll(messages: readonly Uint8Array[]): Promise<number> {
  let fast = 0;
  for (const bytes of messages) {
    const simple = simpleEmail(bytes);
    if (simple === null) continue;
    fast += 1;
    expect(defined(simple)).toEqual(defined(await postalMime(bytes)));
  }
  return fast;
}

const crlf = (text: string) => Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8');

describe('simpleEmail', () => {
  it('reads every real message it takes as postal-mime does', async () => {
    const messages = await messagesIn([
      '/work/shared/fixtures/public',
      path.resolve(__dirname, '../fixtures'),
    ]);
    expect(messages.length).toBeGreaterThan(250);
    const fast = await compareAll(messages);
    // Plain-text mail is common: the fast reading must take a fair share, or it is not worth having.
    expect(fast).toBeGreaterThan(messages.length / 10);
  });

  it('reads every generated message as postal-mime does, and takes them all', async () => {
    const mbox = Buffer.from(
      toMbox(
        Array.from({ length: 30 }, (_, i) =>
          syntheticThread({ index: i, messages: 2 + (i % 10), newestAt: 1.7e12 }),
        ),
      ),
      'latin1',
    );
    const messages: Buffer[] = [];
    const parts = mbox.toString('latin1').split(/\n(?=From )/);
    for (const p of parts)
      messages.push(Buffer.from(p.slice(p.indexOf('\n') + 1).replace(/\n/g, '\r\n'), 'latin1'));
    expect(await compareAll(messages)).toBe(messages.length);
  });

  it('agrees with postal-mime on folded, repeated, encoded and odd header fields and line ends', async () => {
    const cases = [
      crlf(
        'From: "Rossi, Anna" <anna@x.it>\nTo: a@x.it,\n  b@x.it\nTo: c@x.it\nCc: Team: d@x.it, e@x.it;\nSubject: =?utf-8?q?Preventivo_caff=C3=A8?=\n  seconda riga\nDate: Tue, 1 Oct 2024 09:00:00 +0200\n\nCiao,\n\n  rientri?\n',
      ),
      Buffer.from(
        'Subject: solo LF\nDate: not a date\nReply-To: r@x.it\n\nuno\r\r\ndue\rtre\nquattro',
        'latin1',
      ),
      Buffer.from(
        'Subject: utf-8 body\r\nContent-Type: TEXT/PLAIN; charset="UTF-8"\r\nDate:\r\n\r\nperch\xc3\xa9 \xff rotto\r\n',
        'latin1',
      ),
      Buffer.from(
        'Subject: ascii 8bit\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\ncaf\xe9\r\n',
        'latin1',
      ),
      Buffer.from(
        'Subject: flowed\r\nContent-Type: text/plain; format=flowed\r\n\r\nriga \r\nunita\r\n',
        'latin1',
      ),
      Buffer.from(
        'Subject: qp\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\ncaff=C3=A8\r\n',
        'latin1',
      ),
      Buffer.from('Subject: attached\r\nContent-Disposition: attachment\r\n\r\nx\r\n', 'latin1'),
      Buffer.from(' leading space line\r\nNo colon here\r\nSubject:\r\n\r\nbody\r\n', 'latin1'),
      Buffer.from('Subject: s\xc3\xa9\r\n\r\nraw utf-8 subject\r\n', 'latin1'),
      Buffer.from('Subject: no body\r\n\r\n', 'latin1'),
      Buffer.from('\r\nno headers\r\n', 'latin1'),
    ];
    expect(await compareAll(cases)).toBe(4);
  });
});
