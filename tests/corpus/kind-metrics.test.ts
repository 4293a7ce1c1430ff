import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { classifyMessage } from '../../src/core/message/message-kind';
import type { MessageKind } from '../../src/core/types';
import { toMailMessage } from '../../mail/to-mail-message';
import { CORPUS, describeCorpus, HAVE_CORPUS, readCorpusFile } from './corpus-files';

const me = { primary: 'nobody@follow-up-coach.invalid', aliases: [], colleaguesCountAsMe: false, myName: '' };

/**
 * Labels from the sources (SOURCES.md): sisimai by file name, talon replies are people. Mail-Box holds both
 * mail the list server delivered (it stamps Precedence: bulk or Sender: owner-…) and direct replies
 * between people, which are human mail, not list mail.
 */
function labelOf(folder: string, file: string, headers: Readonly<Record<string, string>>): MessageKind {
  if (folder === 'mail-box') {
    const viaList = /bulk/i.test(headers['precedence'] ?? '') || /owner-/i.test(headers['sender'] ?? '');
    return viaList ? 'bulk' : 'client';
  }
  if (folder === 'talon' || file.startsWith('is-not-bounce')) return 'client';
  return file.startsWith('rfc3834') ? 'auto-reply' : 'bounce';
}

async function labelled(): Promise<{ label: MessageKind; kind: MessageKind }[]> {
  const out: { label: MessageKind; kind: MessageKind }[] = [];
  for (const folder of ['sisimai', 'talon', 'mail-box']) {
    const files = readdirSync(path.join(CORPUS, folder)).filter(
      (f) => f.endsWith('.eml') || f.endsWith('.src'),
    );
    for (const file of files) {
      for (const p of await readCorpusFile(`${folder}/${file}`)) {
        out.push({ label: labelOf(folder, file, p.headers), kind: classifyMessage(toMailMessage(p), me) });
      }
    }
  }
  return out;
}

function score(rows: { truth: boolean; said: boolean }[]): { precision: number; recall: number; n: number } {
  const tp = rows.filter((r) => r.truth && r.said).length;
  const said = rows.filter((r) => r.said).length;
  const truth = rows.filter((r) => r.truth).length;
  return { precision: said === 0 ? 1 : tp / said, recall: truth === 0 ? 1 : tp / truth, n: truth };
}

const machine = (k: MessageKind): boolean => k === 'auto-reply' || k === 'bounce';

describeCorpus('kind detection over the public corpus', () => {
  it('finds every machine-written message and nothing else, and prints precision and recall per kind', async () => {
    expect(HAVE_CORPUS).toBe(true);
    const rows = await labelled();
    const overall = score(rows.map((r) => ({ truth: machine(r.label), said: machine(r.kind) })));
    const perKind = Object.fromEntries(
      (['auto-reply', 'bounce', 'client', 'bulk'] as const).map((k) => [
        k,
        score(rows.map((r) => ({ truth: r.label === k, said: r.kind === k }))),
      ]),
    );
    console.log(
      `kind detection over ${rows.length} messages\n${JSON.stringify({ automatedVsHuman: overall, perKind }, null, 2)}`,
    );
    expect(overall).toMatchObject({ precision: 1, recall: 1 });
    for (const k of ['auto-reply', 'bounce'] as const)
      expect(perKind[k]).toMatchObject({ precision: 1, recall: 1 });
    expect(perKind.client?.recall).toBe(1);
    expect(perKind.bulk?.recall).toBe(1);
  });
});
