import { countWords } from '../../../src/core/texts/count-words';

describe('counting words', () => {
  it('counts elided and hyphenated forms as one word and ignores punctuation', () => {
    expect(countWords("Ciao Marco,\n\nl'unica cosa: una call di 15-minuti?")).toBe(8);
    expect(countWords('« Nouveau site » — ok !')).toBe(3);
    expect(countWords('')).toBe(0);
  });
});
