// Language detection on short messages: at least 95 % right over 40+ messages of at most 25 words per language.
import { countWords } from '../../../src/core/texts/count-words';
import { detectLanguage } from '../../../src/core/language/detect-language';
import type { Language } from '../../../src/core/types';
import { SHORT_MESSAGES } from './short-messages';

const LANGUAGES = Object.keys(SHORT_MESSAGES) as Language[];
const all = LANGUAGES.flatMap((language) => SHORT_MESSAGES[language].map((text) => ({ language, text })));

describe('language detection on short messages', () => {
  it('is measured on at least 40 messages of at most 25 words in each of the five languages', () => {
    for (const language of LANGUAGES) {
      expect(SHORT_MESSAGES[language].length).toBeGreaterThanOrEqual(40);
      for (const text of SHORT_MESSAGES[language])
        expect({ text, short: countWords(text) <= 25 }).toMatchObject({ short: true });
    }
  });

  it('is right on at least 95 % of them, and on at least 90 % in each language', () => {
    const wrong = all.filter(({ language, text }) => detectLanguage(text) !== language);
    const rate = 1 - wrong.length / all.length;
    for (const language of LANGUAGES) {
      const own = wrong.filter((w) => w.language === language);
      expect({ language, own, share: own.length / SHORT_MESSAGES[language].length <= 0.1 }).toMatchObject({
        share: true,
      });
    }
    // Measured 199 of 200 (99.5 %) when written; the one miss is undecided (null), never a wrong language.
    expect({ rate, wrong }).toMatchObject({ rate: expect.any(Number) });
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the French example from the issue as French', () => {
    const text = "Salut Julien, je t'envoie les maquettes de l'appli. Tu me dis ce que tu en penses ?";
    expect(detectLanguage(text)).toBe('fr');
  });
});
