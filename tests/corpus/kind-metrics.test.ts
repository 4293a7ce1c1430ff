import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { classifyMessage } from '../../src/core/message/message-kind';
import type { MessageKind } from '../../src/core/types';
import { toMailMessage } from '../../mail/to-mail-message';
import { CORPUS, describeCorpus, HAVE_CORPUS, readCorpusFile } from './corpus-files';
import { scoreByKind, scoreTable, type Verdict } from './kind-score';

const me = { primary: 'nobody@follow-up-coach.invalid', aliases: [], colleaguesCountAsMe: false, myName: '' };

/**
 * The Mail-Box messages that programs wrote, read by hand: majordomo's subscription confirmation and
 * welcome, and the bug tracker's "Thank you for submitting" (X-Loop). Every other message there is a
 * person's, whether it came through the list (Precedence: bulk, Sender: owner-…) or directly.
 */
const MAIL_BOX_ROBOTS = new Set([
  '200007080855.EAA15589@imagemagick.org',
  '200007081221.IAA16219@imagemagick.org',
  '200006141454.JAA14556@ns.simplesystems.org',
]);

/** Labels from the sources (SOURCES.md): sisimai by file name, talon replies are people. */
function labelOf(folder: string, file: string, messageId: string): MessageKind {
  if (folder === 'mail-box') return MAIL_BOX_ROBOTS.has(messageId) ? 'bulk' : 'client';
  if (folder === 'talon' || file.startsWith('is-not-bounce')) return 'client';
  return file.startsWith('rfc3834') ? 'auto-reply' : 'bounce';
}

async function verdicts(folder: string): Promise<Verdict[]> {
  const out: Verdict[] = [];
  const files = readdirSync(path.join(CORPUS, folder)).filter(
    (f) => f.endsWith('.eml') || f.endsWith('.src'),
  );
  for (const file of files) {
    for (const p of await readCorpusFile(`${folder}/${file}`)) {
      out.push({ label: labelOf(folder, file, p.messageId), kind: classifyMessage(toMailMessage(p), me) });
    }
  }
  return out;
}

describeCorpus('kind detection over the older public corpus folders', () => {
  it.each(['sisimai', 'talon', 'mail-box'])('gets every message of %s right', async (folder) => {
    expect(HAVE_CORPUS).toBe(true);
    const rows = await verdicts(folder);
    const scores = scoreByKind(rows);
    console.log(scoreTable(`${folder}: ${rows.length} messages`, scores));
    for (const [kind, s] of Object.entries(scores)) {
      expect({ kind, precision: s.precision, recall: s.recall }).toEqual({ kind, precision: 1, recall: 1 });
    }
  });
});
