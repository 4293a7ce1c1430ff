// The analyze command on what Takeout exports hold: huge headers, odd dates, empty files, the Monday list.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const fixture = path.join(root, 'tests/fixtures/threads/preventivo-rossi.mbox');
const me = ['--me', 'giulia@studioverdi.it'];
const base = [...me, '--now', '2025-09-16T09:00:00+02:00', '--tz', 'Europe/Rome'];

function analyze(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function message(headers: Record<string, string>, body = 'Could you confirm the quote?'): string {
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return [...lines, '', body, ''].join('\n');
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'fuc-analyze-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run analyze at Takeout scale', () => {
  it('cuts a huge Message-ID and 50,000 References with warnings, and reads a year-10000 date as unknown', () => {
    const hugeId = `${'x'.repeat(1_000_000)}@huge.example`;
    const refs = Array.from({ length: 50_000 }, (_, i) => `<r${i}@refs.example>`).join(' ');
    const mbox = path.join(dir, 'hostile.mbox');
    const first = message({
      From: 'Giulia <giulia@studioverdi.it>',
      To: 'Marco <marco@cliente.example>',
      Subject: 'Preventivo',
      Date: 'Mon, 8 Sep 2025 10:00:00 +0200',
      'Message-ID': '<p1@studioverdi.it>',
    });
    const second = message({
      From: 'Marco <marco@cliente.example>',
      To: 'Giulia <giulia@studioverdi.it>',
      Subject: 'Re: Preventivo',
      Date: 'Sat, 1 Jan 10000 10:00:00 +0000',
      'Message-ID': `<${hugeId}>`,
      'In-Reply-To': '<p1@studioverdi.it>',
      References: `<p1@studioverdi.it> ${refs}`,
    });
    writeFileSync(
      mbox,
      `From a Mon Sep  8 10:00:00 2025\n${first}\nFrom b Mon Sep  8 11:00:00 2025\n${second}`,
    );
    const r = analyze(...base, '--format', 'json', mbox);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.warnings.join('\n')).toMatch(/Message-ID of 1000013 characters cut to 250/);
    expect(json.warnings.join('\n')).toMatch(/References holds 50001 ids: kept the first and the last 99/);
    expect(json.warnings.join('\n')).toMatch(
      /hostile\.mbox: message 2: date "Sat, 1 Jan 10000.*outside 1970-9999/,
    );
    expect(json.threads).toHaveLength(1);
    const [thread] = json.threads;
    expect(thread.messages).toHaveLength(2);
    expect(thread.messages[1].messageId.length).toBeLessThanOrEqual(250);
    expect(thread.messages[1].date).toBeNull();
  });

  it('lists only what is due, most overdue first, as a table with a footer by state and as JSON', () => {
    const table = analyze(...base, '--format', 'table', '--due', fixture);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^2 of 2 thread\(s\) due on or before 2025-09-16/);
    expect(table.stdout).toMatch(/Client\s+Project\s+Days waiting\s+Working days\s+Stage\s+Suggested date/);
    const rows = table.stdout.split('\n').filter((l) => /2025-09-16\s+(\d+ wd|due today)/.test(l));
    expect(rows.map((l) => l.split(/\s{2,}/)[0])).toEqual(['Marco Bianchi', 'Anna Neri']);
    expect(table.stdout).toMatch(/By state: 2 waiting on client · 0 your turn/);
    const json = JSON.parse(analyze(...base, '--format', 'json', '--due', fixture).stdout);
    expect(json.threads.map((t: { overdueWorkingDays: number }) => t.overdueWorkingDays)).toEqual([3, 1]);
    const none = analyze(
      ...me,
      '--now',
      '2025-09-09',
      '--tz',
      'Europe/Rome',
      '--format',
      'table',
      '--due',
      fixture,
    );
    expect(none.stdout).toMatch(/^0 of 2 thread\(s\) due[\s\S]*Nothing is due/);
  });

  it('reads a date alone as midnight in --tz and refuses dates that do not exist', () => {
    const json = JSON.parse(
      analyze(...me, '--now', '2026-11-23', '--tz', 'Europe/Amsterdam', '--format', 'json', fixture).stdout,
    );
    expect(json.now).toBe('2026-11-22T23:00:00.000Z');
    const r = analyze(...me, '--now', '2000-02-30', fixture);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--now must be an ISO-8601 date or date-time that exists.*"2000-02-30"/);
  });

  it('refuses an unknown locale, naming the supported ones', () => {
    const r = analyze(...base, '--locale', 'xx', fixture);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--locale: unsupported locale "xx"; supported: it, en, es, fr, de');
  });

  it('says on stderr when a file or folder holds no mail', () => {
    const empty = path.join(dir, 'empty');
    const notMbox = path.join(dir, 'notes.mbox');
    writeFileSync(notMbox, 'just some notes\n');
    rmSync(empty, { recursive: true, force: true });
    mkdirSync(empty);
    const r = analyze(...base, '--format', 'json', empty, notMbox);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`analyze: ${empty}: folder holds no .eml files`);
    expect(r.stderr).toContain(`analyze: ${notMbox}: no messages found`);
    expect(r.stderr).toMatch(/analyze: no mail found in/);
    expect(JSON.parse(r.stdout).threads).toEqual([]);
  });

  it('counts declared days off with --country none, and prints no progress line when not on a terminal', () => {
    const withNone = JSON.parse(
      analyze(...base, '--country', 'none', '--holidays', '2025-09-11', '--format', 'json', fixture).stdout,
    );
    expect(withNone.threads[1].workingDaysWaiting).toBe(3);
    const quiet = analyze(...base, '--format', 'json', fixture);
    expect(quiet.stderr).not.toMatch(/reading|analysing/);
  });
});
