// npm run analyze: settled threads, what each message asks, the automatic tone and the alternatives in the JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** A thread of the JSON output, read loosely: the assertions say what each field must be. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, checked field by field below
type Json = Record<string, any>;

function mail(
  id: string,
  date: string,
  from: string,
  to: string,
  subject: string,
  body: string,
  reply = '',
): string {
  const headers = [
    `From ${from.replace(/.*</, '').replace('>', '')} ${date}`,
    `Message-ID: <${id}>`,
    `Date: ${date}`,
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    ...(reply ? [`In-Reply-To: <${reply}>`, `References: <${reply}>`] : []),
    'Content-Type: text/plain; charset=utf-8',
  ];
  return `${headers.join('\n')}\n\n${body}\n\n`;
}

const ME = 'Giulia Verdi <giulia@studioverdi.it>';
const BRANDT = 'Klaus Brandt <k.brandt@brandt-messebau.de>';
const ANJA = 'Anja Keller <anja@keller-design.de>';

function mbox(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'analyze-texts-'));
  const file = path.join(dir, 'texts.mbox');
  writeFileSync(
    file,
    [
      mail(
        'f1@studioverdi.it',
        'Mon, 1 Sep 2025 10:00:00 +0200',
        ME,
        BRANDT,
        'Messestand Köln',
        'Sehr geehrter Herr Brandt,\n\nanbei erhalten Sie das Angebot für den Messestand. Passt der Umfang zu Ihren Vorstellungen?\n\nMit freundlichen Grüßen\nGiulia Verdi',
      ),
      mail(
        's1@studioverdi.it',
        'Mon, 1 Sep 2025 11:00:00 +0200',
        ME,
        ANJA,
        'Logo final',
        'Hallo Anja,\n\nhier sind die finalen Logo-Dateien. Schönes Wochenende!\n\nGiulia',
      ),
      mail(
        's2@keller-design.de',
        'Mon, 1 Sep 2025 12:00:00 +0200',
        ANJA,
        ME,
        'Re: Logo final',
        'Vielen Dank, passt alles. Schönes Wochenende!',
        's1@studioverdi.it',
      ),
    ].join(''),
  );
  return file;
}

function analyze(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const base = ['--me', 'giulia@studioverdi.it', '--now', '2025-09-16T09:00:00+02:00', '--tz', 'Europe/Berlin'];

describe('npm run analyze: settled threads, tone and alternatives', () => {
  const file = mbox();
  const threads = (...extra: string[]) => {
    const r = analyze(...base, '--format', 'json', ...extra, file);
    expect(r.stderr).not.toMatch(/Error/);
    return JSON.parse(r.stdout).threads as Record<string, unknown>[];
  };
  const byProject = (list: Record<string, unknown>[], project: string) =>
    list.find((t) => t['project'] === project) as Json;

  it('says a thread is settled and which human messages ask for an answer', () => {
    const logo = byProject(threads(), 'Logo final');
    expect(logo).toMatchObject({ state: 'settled', settledBy: 'client', nudge: null, alternatives: [] });
    expect(logo['messages'].map((m: { asks: boolean }) => m.asks)).toEqual([false, false]);
  });

  it('writes in the formal tone by default for a thread where I say Sie, and restates my question', () => {
    const stand = byProject(threads(), 'Messestand Köln');
    expect(stand).toMatchObject({ state: 'awaiting-client', register: 'formal' });
    expect(stand['nudge']).toMatchObject({ stage: 'check-in', language: 'de', tone: 'formal' });
    expect(stand['nudge'].body).toContain('Passt der Umfang zu Ihren Vorstellungen?');
    expect(stand['messages'][0].asks).toBe(true);
  });

  it('lists the alternatives beside the nudge, each with its kind and text, in the tone asked', () => {
    const stand = byProject(threads('--tone', 'warm'), 'Messestand Köln');
    expect(stand['nudge'].tone).toBe('warm');
    const kinds = stand['alternatives'].map((a: { kind: string }) => a.kind);
    expect(kinds).toEqual(['change-channel', 'plan', 'close-the-loop']);
    for (const a of stand['alternatives']) expect(a.body).toMatch(/^Hallo Klaus,/);
  });
});
