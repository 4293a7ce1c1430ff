import { suggestNudge } from '../../../src/core/nudge/suggest-nudge';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import type { ThreadAnalysis } from '../../../src/core/types';
import { at, clientWroteLast, noClientThread, silentThread, workCalendar } from './builders';

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, myName: 'Giulia Verdi' };
const ITALIAN_REPLY = 'Grazie, ne parlo con il mio socio e ti faccio sapere la prossima settimana.';

function suggest(analysis: ThreadAnalysis, settings: Settings = SETTINGS, userLocale = 'en_GB') {
  return suggestNudge({ analysis, settings, calendar: workCalendar(), now: at('2025-11-06'), userLocale });
}

describe('the suggested nudge', () => {
  it('writes the check-in in the client’s language, with the name, project, date and my name', () => {
    const analysis = { ...silentThread({ sentAt: at('2025-11-03') }), clientText: ITALIAN_REPLY };
    const suggestion = suggest(analysis);
    expect(suggestion).toMatchObject({
      stage: 'check-in',
      sendOn: '2025-11-06',
      language: 'it',
      tone: 'warm',
    });
    expect(suggestion?.body).toMatch(/^Ciao Marco,/);
    expect(suggestion?.body).toContain('del 3 novembre su “Nuovo sito e-commerce”');
    expect(suggestion?.body.endsWith('Giulia Verdi')).toBe(true);
    expect(suggestion?.subject).toBe('Re: Nuovo sito e-commerce');
  });

  it('follows the language and tone settings', () => {
    const analysis = { ...silentThread({ sentAt: at('2025-11-03') }), clientText: ITALIAN_REPLY };
    expect(suggest(analysis, { ...SETTINGS, language: 'en', tone: 'formal' })).toMatchObject({
      language: 'en',
      tone: 'formal',
    });
    expect(suggest(analysis, { ...SETTINGS, language: 'fr', tone: 'formal' })).toMatchObject({
      language: 'fr',
      tone: 'formal',
    });
  });

  it('uses the user’s locale when the client has written nothing yet', () => {
    expect(suggest(silentThread({ sentAt: at('2025-11-03') }), SETTINGS, 'de_DE')?.language).toBe('de');
  });

  it('writes in the language of my own messages when the client has written nothing', () => {
    const analysis = {
      ...silentThread({ sentAt: at('2025-11-03') }),
      myText:
        'Hi Marco, attached is the quote for the new online shop, with the timeline we discussed on Friday.',
    };
    expect(suggest(analysis, SETTINGS, 'it_IT')?.language).toBe('en');
  });

  it('checks in on a promise with the text that refers to it, once the promised date has passed', () => {
    const analysis = {
      ...clientWroteLast({
        myLastAt: at('2025-10-27'),
        repliedAt: at('2025-10-29'),
        promisedBy: '2025-11-04',
      }),
      clientText: 'Thanks Giulia, I will go through it with the team and get back to you by Tuesday.',
    };
    const suggestion = suggest(analysis);
    expect(suggestion).toMatchObject({ stage: 'check-in', language: 'en', reason: { kind: 'promised' } });
    expect(suggestion?.body).toContain('by November 4');
    expect(suggestion?.body).not.toContain('October 27');
  });

  it('dates the text from my latest follow-up', () => {
    const analysis = silentThread({ sentAt: at('2025-11-03'), followUpAts: [at('2025-11-05')] });
    expect(suggest(analysis)?.body).toContain('November 5');
  });

  it('suggests nothing for a thread with no client', () => {
    expect(suggest(noClientThread())).toBeNull();
  });
});
