import fc from 'fast-check';
import { phraseAlternation } from '../../../src/core/message/phrase-pattern';

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
