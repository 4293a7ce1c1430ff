// The CLI and the preview count the same days and working days for the same mail, --now and --tz.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { loadThreads, readSampleProfile, SAMPLES_DIR } from '../../preview/load-mail';
import { PreviewSession } from '../../preview/session';
import { threadSummaries } from '../../preview/views';
import { cardTexts } from '../support/addon';

const root = path.resolve(__dirname, '../..');
// Christmas falls inside every wait; Thanksgiving (US only) too: an English-speaking user in Amsterdam
// must get Dutch holidays in both, from the time zone, not American ones from the language.
const NOW = '2026-12-29T10:00:00+01:00';
const ZONE = 'Europe/Amsterdam';

interface CliThread {
  subject: string;
  state: string;
  daysWaiting: number | null;
  workingDaysWaiting: number | null;
}

function cliThreads(me: string): CliThread[] {
  const args = ['tsx', 'scripts/analyze.ts', '--me', me, '--now', NOW, '--tz', ZONE, '--format', 'json'];
  const r = spawnSync('npx', [...args, '--locale', 'en', SAMPLES_DIR], { cwd: root, encoding: 'utf8' });
  expect(r.status).toBe(0);
  return (JSON.parse(r.stdout) as { threads: CliThread[] }).threads;
}

async function previewStatus(): Promise<Map<string, string>> {
  const profile = readSampleProfile();
  const { threads } = await loadThreads(SAMPLES_DIR);
  // No country chosen: the default (the time zone's) decides, as it does in the CLI.
  const settings = Object.fromEntries(
    Object.entries(profile.settings).filter(([k]) => k !== 'holidayCountry'),
  );
  const session = new PreviewSession({
    threads,
    userEmail: profile.me,
    settings,
    now: Date.parse(NOW),
    timeZone: ZONE,
    locale: 'en',
  });
  const out = new Map<string, string>();
  for (const t of threadSummaries(session.emulator)) {
    const texts = cardTexts(session.run({ kind: 'open', threadId: t.id }).response);
    out.set(t.subject, texts.find((x) => /for \d+ days? · \d+ working days?/.test(x)) ?? '');
  }
  return out;
}

describe('the CLI and the preview', () => {
  it('give the same days and working days waiting, holidays from the time zone in both', async () => {
    const me = readSampleProfile().me;
    const cli = cliThreads([me, 'info@studiobianchi.it'].join(','));
    const preview = await previewStatus();
    // Threads whose card states a wait ("… for 39 days · 26 working days"); others word their headline otherwise.
    const compared = cli.filter(
      (t) => t.workingDaysWaiting !== null && /working days?/.test(preview.get(t.subject) ?? ''),
    );
    expect(compared.length).toBeGreaterThanOrEqual(4);
    for (const t of compared) {
      const expected = `${t.daysWaiting} days · ${t.workingDaysWaiting} working days`;
      expect(`${t.subject}: ${preview.get(t.subject)}`).toContain(expected);
    }
  });
});
