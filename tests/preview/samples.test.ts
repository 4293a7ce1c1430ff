// Each sample thread of the preview lands where preview/samples/README.md says, through the built bundle.
import { PreviewSession } from '../../preview/session';
import { cardTexts } from '../support/addon';
import { sampleSession, threadIdOf } from './sample-session';

/** [subject fragment, what the sidebar must say, the language of the suggested text or null when none] */
const SAMPLES: readonly [string, readonly (string | RegExp)[], string | null][] = [
  ['Preventivo sito e-commerce', ['Next step: Wait', 'Wed 25 Nov'], 'Italian'],
  ['Brand guidelines proposal', ['Next step: Check in', 'Mon 23 Nov · today'], 'English'],
  ['Rinnovo contratto', ['Next step: Suggest a call', 'Mon 23 Nov · today'], 'Italian'],
  ['Product photography', ['Next step: Close the loop', 'Mon 23 Nov · today'], 'English'],
  ['Collaborazione per il festival', ['Next step: Rest', 'No more emails'], null],
  [
    'Foto per il nuovo menù',
    ['Luca wrote last, 3 days ago: the next move is yours', 'Next step: Reply'],
    null,
  ],
  ['Packaging redesign', ['Anna is back on Tue 1 Dec', 'Wed 2 Dec'], 'English'],
  ['Invito: presentazione', ['was not delivered'], null],
  ['Disponibilità servizio fotografico', ['Next step: Check in', 'Mon 23 Nov · today'], 'Italian'],
  ['Website copy review', ['Daniel promised an answer by Mon 30 Nov', 'Tue 1 Dec'], 'English'],
];

describe('the preview samples', () => {
  let session: PreviewSession;
  beforeAll(async () => {
    session = await sampleSession();
  });

  it.each(SAMPLES)('shows "%s" at the stage its README names', (subject, expected, language) => {
    const threadId = threadIdOf(session, subject);
    expect(threadId).not.toBe('');
    const { response } = session.run({ kind: 'open', threadId });
    const texts = cardTexts(response).join('\n');
    for (const text of expected) expect(texts).toMatch(text);
    if (language) expect(texts).toContain(`Suggested text (${language})`);
    else expect(texts).not.toMatch(/Suggested text/);
  });
});

describe('the preview samples for an Italian user', () => {
  it('keeps English nudges for English threads whose client never wrote', async () => {
    const session = await sampleSession(undefined, 'it');
    for (const subject of ['Brand guidelines proposal', 'Product photography']) {
      const threadId = threadIdOf(session, subject);
      const texts = cardTexts(session.run({ kind: 'open', threadId }).response).join('\n');
      expect(texts).toContain('Testo suggerito (inglese)');
    }
  });
});
