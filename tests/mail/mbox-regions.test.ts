import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { mboxMessageBytes, mboxRegions } from '../../mail/mbox-regions';
import { splitMbox } from '../../mail/split-mbox';

const FIXTURES = [
  path.resolve(__dirname, '../fixtures/mail/thread.mbox'),
  path.resolve(__dirname, '../fixtures/threads/preventivo-rossi.mbox'),
];

async function streamed(file: string, chunkSize: number): Promise<string[]> {
  const out: string[] = [];
  for await (const region of mboxRegions(file, chunkSize))
    out.push(mboxMessageBytes(region.bytes).toString('latin1'));
  return out;
}

describe('mboxRegions', () => {
  it.each(FIXTURES)('gives the messages splitMbox gives, whatever the read size (%s)', async (file) => {
    const whole = splitMbox(readFileSync(file).toString('latin1'));
    for (const chunk of [1, 7, 64, 4096, 1 << 20]) {
      const parts = await streamed(file, chunk);
      expect(parts.map((p) => p.trimEnd())).toEqual(whole.map((p) => p.trimEnd()));
    }
  });

  it('splits only at a From_ line after a blank line, undoes >From quoting and keeps CRLF files whole', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fuc-mbox-'));
    try {
      const file = path.join(dir, 'a.mbox');
      const text =
        'junk before the first message\r\n\r\n' +
        'From a@x Mon Jan  1 00:00:00 2024\r\nSubject: one\r\n\r\nline\r\nFrom the body, not a separator\r\n>From quoted\r\n\r\n' +
        'From b@x Mon Jan  1 00:00:00 2024\r\nSubject: two\r\n\r\nlast\r\n';
      writeFileSync(file, text, 'latin1');
      const parts = await streamed(file, 5);
      expect(parts).toEqual([
        'Subject: one\r\n\r\nline\r\nFrom the body, not a separator\r\nFrom quoted\r\n',
        'Subject: two\r\n\r\nlast\r\n',
      ]);
      const offsets: number[] = [];
      for await (const r of mboxRegions(file, 5)) offsets.push(r.offset);
      expect(text.slice(offsets[1])).toMatch(/^Subject: two/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('mboxMessageBytes', () => {
  /** The rule as text: lines split at CRLF or LF, two trailing empty lines dropped, >From unquoted. */
  function byLines(region: Buffer): string {
    const lines = region.toString('latin1').split(/\r?\n/);
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return `${lines.map((line) => (/^>+From /.test(line) ? line.slice(1) : line)).join('\r\n')}\r\n`;
  }

  it('gives what the line-by-line rule gives, on any mix of line ends, quoting and 8-bit bytes', () => {
    const pieces = ['a', 'è', '\r', '\n', '\r\n', '>', '>>From ', '>From ', 'From ', ' ', '\xff'];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let round = 0; round < 5_000; round += 1) {
      const text = Array.from({ length: next(14) }, () => pieces[next(pieces.length)]).join('');
      const region = Buffer.from(text, 'latin1');
      expect([text, mboxMessageBytes(region).toString('latin1')]).toEqual([text, byLines(region)]);
    }
  });
});
