import { buildSync } from 'esbuild';
import { detectLanguage } from '../../../src/core/language/detect-language';
import type { Language } from '../../../src/core/types';
import { REPLIES } from './replies';

function tally(language: Language): { right: number; wrong: string[]; total: number } {
  const replies = REPLIES[language];
  const guesses = replies.map((r) => ({ r, guess: detectLanguage(r) }));
  return {
    right: guesses.filter((g) => g.guess === language).length,
    wrong: guesses.filter((g) => g.guess !== null && g.guess !== language).map((g) => `${g.guess}: ${g.r}`),
    total: replies.length,
  };
}

describe('detecting the language of a client reply', () => {
  it.each(['it', 'en', 'es', 'fr', 'de'] as const)(
    'recognises at least 90%% of %s replies and confuses at most one',
    (l) => {
      const { right, wrong, total } = tally(l);
      expect(total).toBeGreaterThanOrEqual(50);
      expect(right / total).toBeGreaterThanOrEqual(0.9);
      expect(wrong.length).toBeLessThanOrEqual(1);
    },
  );

  it('recognises at least 95% of all 260 replies', () => {
    const all = (['it', 'en', 'es', 'fr', 'de'] as const).map(tally);
    const right = all.reduce((n, t) => n + t.right, 0);
    const total = all.reduce((n, t) => n + t.total, 0);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  });

  it('says nothing about replies too short to tell', () => {
    for (const text of [
      '',
      'Ok!',
      'Thanks',
      '👍',
      'Grazie',
      'https://example.com/file.pdf',
      '12/11 ore 15',
    ]) {
      expect(detectLanguage(text)).toBeNull();
    }
  });

  it('ignores links and addresses and reads the words around them', () => {
    expect(
      detectLanguage('Ecco il link https://drive.example.com/the-files, scrivimi a anna@example.com'),
    ).toBe('it');
  });

  it('reads a long reply from its beginning', () => {
    expect(
      detectLanguage(`Vielen Dank für die Nachricht, ich melde mich nächste Woche. ${'x '.repeat(5000)}`),
    ).toBe('de');
  });

  it('bundles to under 8 KB minified (franc-min is about 175 KB)', () => {
    const out = buildSync({
      stdin: {
        contents:
          "import { detectLanguage } from './src/core/language/detect-language'; export const d = detectLanguage;",
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      write: false,
      format: 'iife',
    });
    expect(out.outputFiles[0]?.contents.length).toBeLessThan(8 * 1024);
  });
});
