import * as autoPhrases from '../../../src/core/message/auto-phrases';
import * as bulkPhrases from '../../../src/core/message/bulk-phrases';
import { lazyPattern } from '../../../src/core/message/lazy-pattern';

describe('a pattern built at its first test', () => {
  it('is not built before it is used, and once after', () => {
    let built = 0;
    const offer = lazyPattern(() => ((built += 1), /offer/i));
    expect(built).toBe(0);
    expect([offer.test('An OFFER'), offer.test('none')]).toEqual([true, false]);
    expect(built).toBe(1);
  });

  // A pattern that does not compile would otherwise surface only at the first mail a user opens.
  it.each(
    Object.entries({ ...autoPhrases, ...bulkPhrases }).filter(
      ([, value]) => typeof value === 'object' && value !== null && 'test' in value,
    ),
  )('%s compiles and reads an empty text', (_, pattern) => {
    expect(() => (pattern as { test(text: string): boolean }).test('')).not.toThrow();
  });
});
