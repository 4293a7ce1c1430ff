import fc from 'fast-check';
import { atWordStart } from '../../../src/core/message/word-start';

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

  it('builds a pattern given as a function only at its first test', () => {
    let built = 0;
    const late = atWordStart(() => ((built += 1), 'offer'), 'iu');
    expect(built).toBe(0);
    expect([late.test('an Offer'), late.test('coffer')]).toEqual([true, false]);
    expect(built).toBe(1);
  });
});
