import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const fixture = path.join(root, 'tests/fixtures/threads/preventivo-rossi.mbox');

function analyze(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const base = ['--me', 'giulia@studioverdi.it', '--now', '2025-09-16T09:00:00+02:00', '--tz', 'Europe/Rome'];

describe('npm run analyze', () => {
  it('prints the analysis as JSON with the documented shape', () => {
    const r = analyze(...base, '--country', 'IT', '--format', 'json', fixture);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['timeZone', 'now', 'warnings', 'threads']);
    expect(json.now).toBe('2025-09-16T07:00:00.000Z');
    const [rossi, neri] = json.threads;
    expect(rossi).toMatchObject({
      threadKey: 'p1@studioverdi.it',
      client: { email: 'marco.bianchi@ferramenta-rossi.it', name: 'Marco Bianchi' },
      state: 'awaiting-client',
      lastClientReplyAt: '2025-09-08T07:15:00.000Z',
      waitingSince: '2025-09-08T08:00:00.000Z',
      daysWaiting: 8,
      workingDaysWaiting: 6,
      followUpsSent: 0,
      // The notice said back on the 15th: by the 16th the absence no longer holds.
      outOfOfficeUntil: null,
      promisedBy: '2025-09-15',
      // Three working days after 8 Sep would be the 11th; the promise moves it past the 15th.
      nudge: { stage: 'check-in', sendOn: '2025-09-16', language: 'it', tone: 'warm' },
    });
    expect(rossi.nudge.body).toMatch(/^Ciao Marco,/);
    expect(rossi.messages.map((m: { kind: string }) => m.kind)).toEqual(['me', 'client', 'me', 'auto-reply']);
    expect(Object.keys(rossi.messages[0])).toEqual(
      expect.arrayContaining(['messageId', 'date', 'from', 'kind', 'outOfOfficeUntil']),
    );
    expect(neri.client.email).toBe('anna@panificio-neri.it');
    expect(neri.lastClientReplyAt).toBeNull();
  });

  it('counts the country’s public holidays as non-working days', () => {
    const withHolidays = JSON.parse(
      analyze(...base, '--holidays', '2025-09-11,2025-09-12', '--format', 'json', fixture).stdout,
    );
    expect(withHolidays.threads[1].workingDaysWaiting).toBe(2);
  });

  it('prints a table for people', () => {
    const r = analyze(...base, '--format', 'table', fixture);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Marco Bianchi\s+Preventivo sito e-commerce\s+waiting on client\s+8 d \/ 6 wd/);
    expect(r.stdout).toContain('2025-09-15');
  });

  it.each([
    [['--format', 'json', fixture], /--me is required/],
    [[...base, '--bogus', fixture], /unknown option --bogus/],
    [[...base, '--tz', 'Mars/Olympus', fixture], /unknown time zone/],
    [[...base, '--now', 'tomorrow', fixture], /--now must be an ISO-8601/],
    [[...base, '--holidays', '2025-13-01', fixture], /not a YYYY-MM-DD date/],
    [[...base, '--format', 'xml', fixture], /--format must be json or table/],
    [[...base], /at least one/],
  ])('exits 2 with a usage message for bad usage %#', (args, message) => {
    const r = analyze(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Usage:');
  });

  it('exits 1 naming a file it cannot read', () => {
    const r = analyze(...base, path.join(root, 'tests/fixtures/threads/missing.mbox'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.mbox');
  });
});

describe('npm run analyze with nudge options', () => {
  it('writes the nudge in the tone and language asked, signed with my name', () => {
    const r = analyze(
      ...base,
      '--tone',
      'formal',
      '--lang',
      'en',
      '--name',
      'Giulia Verdi',
      '--format',
      'json',
      fixture,
    );
    expect(r.status).toBe(0);
    const nudge = JSON.parse(r.stdout).threads[0].nudge;
    expect(nudge).toMatchObject({ language: 'en', tone: 'formal' });
    expect(nudge.body).toMatch(/Giulia Verdi$/);
  });

  it('refuses an unknown tone with a usage error', () => {
    const r = analyze(...base, '--tone', 'pushy', fixture);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--tone must be auto\|warm\|formal/);
  });
});
