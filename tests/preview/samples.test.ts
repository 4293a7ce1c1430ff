// Each sample thread of the preview lands where preview/samples/README.md says, through the built bundle.
import { PreviewSession } from '../../preview/session';
import { cardTexts } from '../support/addon';
import { sampleSession, threadIdOf } from './sample-session';

/** [subject fragment, what the sidebar must say, the language of the suggested text or null when none] */
const SAMPLES: readonly [string, readonly (string | RegExp)[], string | null][] = [
  [
    'Preventivo sito e-commerce',
    ['Wait: check in on Wed 25 Nov', 'Remind me on Wed 25 Nov at 09:30'],
    'Italian',
  ],
  ['Brand guidelines proposal', ['Check in today', 'Reply with this'], 'English'],
  ['Rinnovo contratto', ['Suggest a short call today', 'Reply with this'], 'Italian'],
  ['Product photography', ['Close the loop kindly today', 'Reply with this'], 'English'],
  [
    'Collaborazione per il festival',
    ['You closed the loop on 20 Oct', /Let it rest: check in again on \w+ \d+ \w+/, 'No more emails'],
    null,
  ],
  [
    'Foto per il nuovo menù',
    ['Luca wrote last, 3 days ago: the next move is yours', 'Reply today', 'Luca is waiting for your answer'],
    null,
  ],
  ['Packaging redesign', ['Anna is back on Tue 1 Dec', 'Wed 2 Dec'], 'English'],
  ['Invito: presentazione', ['bounced', 'Check the address'], null],
  ['Disponibilità servizio fotografico', ['Check in today', 'Reply with this'], 'Italian'],
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
