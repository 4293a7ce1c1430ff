import fc from 'fast-check';
import {
  atWordStart,
  phraseAlternation,
  withFirstLetterCheck,
} from '../../../src/core/message/phrase-pattern';

const flat = (phrases: readonly string[]): RegExp =>
  new RegExp(
    phrases
      .map((p) =>
        p
          .replace(/\s+/g, ' ')
          .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
          .replace(/ /g, '\\s+'),
      )
      .join('|'),
    'g',
  );
const matches = (re: RegExp, text: string): string[] =>
  Array.from(text.matchAll(re), (m) => `${m.index}:${m[0]}`);

describe('a factored phrase alternation', () => {
  it('finds the same matches as the flat list, shorter phrases keeping their place', () => {
    const phrases = ['abcd', 'ab', 'abce', 'opt out', 'opt-out', 'x.y'];
    const factored = new RegExp(phraseAlternation(phrases), 'g');
    for (const text of ['abce', 'abcd', 'opt  out and opt-out', 'xzy x.y', 'ab']) {
      expect(matches(factored, text)).toEqual(matches(flat(phrases), text));
    }
  });

  it('agrees with the flat list on any phrases and text', () => {
    const word = fc
      .array(fc.constantFrom(...'abc .-'.split('')), { minLength: 1, maxLength: 6 })
      .map((c) => c.join('').trim());
    fc.assert(
      fc.property(
        fc.uniqueArray(
          word.filter((w) => w !== ''),
          { minLength: 1, maxLength: 12 },
        ),
        fc.string({ maxLength: 60 }),
        (phrases, noise) => {
          const text = `${noise}${phrases.join(' ')}${noise}`;
          expect(matches(new RegExp(phraseAlternation(phrases), 'g'), text)).toEqual(
            matches(flat(phrases), text),
          );
        },
      ),
    );
  });

  it('makes a pattern valid with the unicode flag', () => {
    expect(() => new RegExp(phraseAlternation(['a-b', 'a/b', 'a.b (c)']), 'iu')).not.toThrow();
  });
});

describe('a pattern at the start of a word', () => {
  const lookbehind = (source: string): RegExp => new RegExp(`(?<!\\p{L})(?:${source})`, 'iu');

  it('skips a match inside a word and finds the next one at a word start', () => {
    const unsubscribe = atWordStart('unsubscribe|opt out', 'iu');
    expect(unsubscribe.test('nounsubscribe, then unsubscribe here')).toBe(true);
    expect(unsubscribe.test('nounsubscribe')).toBe(false);
    expect(unsubscribe.test('Éopt out')).toBe(false);
    expect(unsubscribe.test('𝐀unsubscribe')).toBe(false);
  });

  it('answers as the leading lookbehind does, on any text of letters, astral letters and marks', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', 'É', ' ', '-', '𝐀', '😀', '\uDC00', 'ab', 'ba'), { maxLength: 16 })
      .map((parts) => parts.join(''));
    const source = fc.constantFrom('ab', 'b|ab', 'a\\s*b', '😀a|b', 'é');
    fc.assert(
      fc.property(source, text, (src, t) => {
        expect(atWordStart(src, 'iu').test(t)).toBe(lookbehind(src).test(t));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a pattern led by a look at its first letter', () => {
  const patterns = [
    /(?<!\p{L})(Sie|Ihnen|Ihre[mnrs]?|Ihr)(?!\p{L})/gu,
    /(?<=\p{Ll}[^.!?\n]{0,40}\s)(Lei|La|Sua)(?!\p{L})|(?<!\p{L})(Lei|potrebbe)(?!\p{L})/gu,
    /(?<!\p{L})(tu|t'\p{L}+|tú|dis-moi)(?!\p{L})/gu,
    /(?<!\p{L})(spett\.?(le|abile)|sehr geehrte[rn]?|dear (mr|ms))(?!\p{L})/giu,
  ];

  it('is left alone when an alternative does not start with a letter', () => {
    const digits = /(?<!\p{L})(\d+|a)/gu;
    expect(withFirstLetterCheck(digits)).toBe(digits);
  });

  it('finds the same matches as the pattern as written, on any text', () => {
    const text = fc
      .array(
        fc.constantFrom(
          'Sie',
          'Ihren',
          'la ',
          'La',
          'Lei',
          ' ',
          '.',
          'tu',
          "t'as",
          'tú',
          'Spett.le',
          'ſpett',
          'Dear MR',
          'x',
          'é',
          '𝐀',
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...patterns), text, (re, t) => {
        expect(t.match(withFirstLetterCheck(re))).toEqual(t.match(re));
      }),
      { numRuns: 3000 },
    );
  });
});
