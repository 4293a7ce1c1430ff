// Patterns led by a look at the letters a match can start with, declared beside the pattern.

/** Every declared pattern with its letters: tests/core/message/first-letter.test.ts checks each one. */
export const FIRST_LETTER_PATTERNS: (readonly [string, RegExp])[] = [];

/**
 * The pattern led by `(?=[letters])`: V8 otherwise tries a Unicode lookbehind at every position of the text
 * before the cheap letter test that fails there. The letters are written by hand (working them out at each
 * load of the bundle cost over a millisecond); a test checks they cover the first letter of every
 * alternative, so a phrase added later cannot be missed.
 */
export function startingWith(letters: string, re: RegExp): RegExp {
  FIRST_LETTER_PATTERNS.push([letters, re]);
  // Grouped, so the look guards every alternative of the pattern, not only its first.
  return new RegExp(`(?=[${letters}])(?:${re.source})`, re.flags);
}
