import { parseMessage } from '../../mail/parse-message';

const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');
const head = [
  'From: Anna <anna@cliente.example>',
  'To: me@studio.example',
  'Subject: t',
  'Message-ID: <m1@x>',
];

async function parse(lines: string[]) {
  const warnings: string[] = [];
  const mail = await parseMessage(crlf(lines), 'test.eml', { warn: (w) => warnings.push(w) });
  return { mail, warnings };
}

describe('parseMessage on real-world MIME', () => {
  it('reads Content-Type: text with no subtype as text/plain', async () => {
    const { mail } = await parse([
      ...head,
      'Date: Mon, 1 Jun 2026 10:00:00 +0000',
      'Content-Type: text',
      '',
      'Could you check?',
      '',
    ]);
    expect(mail.text).toContain('Could you check?');
    expect(mail.contentType).toBe('text/plain');
  });

  it('keeps the words of a multipart with boundary "-" whose only part is an attachment', async () => {
    const { mail } = await parse([
      ...head,
      'Date: Wed, 14 Jun 2000 11:53:11 -0400 (EDT)',
      'Mime-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="-"',
      '',
      'Here is the script you asked for, tell me if it works.',
      '---',
      'Content-Type: application/octet-stream; name="test.pl"',
      'Content-Transfer-Encoding: base64',
      'Content-Disposition: inline; filename="test.pl"',
      '',
      Buffer.from('use Image::Magick;\nprint "ok";\n').toString('base64'),
      '-----',
      '',
    ]);
    expect(mail.text).toContain('Here is the script you asked for');
    expect(mail.text).toContain('use Image::Magick;');
  });

  it('keeps the text of an HTML-only message with an invalid character reference', async () => {
    const { mail } = await parse([
      ...head,
      'Content-Type: text/html',
      '',
      '<p>Hi &#x110000; Anna &#xD800; &amp; co</p>',
      '',
    ]);
    expect(mail.text).toBe('Hi \ufffd Anna \ufffd & co');
  });

  it('reads a date outside 1970-9999 as unknown, with a warning', async () => {
    for (const date of ['Sat, 1 Jan 10000 10:00:00 +0000', 'Thu, 1 Jan 1901 10:00:00 +0000']) {
      const { mail, warnings } = await parse([...head, `Date: ${date}`, '', 'body', '']);
      expect(mail.date).toBeNull();
      expect(warnings).toEqual([`date "${date}" is outside 1970-9999: read as unknown`]);
    }
  });

  it('cuts over-long ids and keeps the first and latest References', async () => {
    const refs = Array.from({ length: 300 }, (_, i) => `<r${i}@x>`).join(' ');
    const { mail } = await parse([
      'From: a@x',
      `Message-ID: <${'y'.repeat(5000)}@x>`,
      `References: ${refs}`,
      '',
      'body',
      '',
    ]);
    expect(mail.messageId.length).toBe(250);
    expect(mail.references).toHaveLength(100);
    expect(mail.references[0]).toBe('r0@x');
    expect(mail.references[99]).toBe('r299@x');
  });
});
