import fc from 'fast-check';
import '../../../src/core/message/asks';
import '../../../src/core/message/register';
import { FIRST_LETTER_PATTERNS, startingWith } from '../../../src/core/message/first-letter';

/** `(?<!…)` or `(?<=…)` leading a branch, then one group of alternatives: `(?<!\p{L})(ti|tuo|fammi)`. */
const LEADING = /^\(\?<[!=](?:[^()[\\]|\\.|\[(?:[^\]\\]|\\.)*\])*\)\((?:\?:)?/;

/** Splits at every '|' outside groups and classes. */
function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (c === '[') while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) {
      branches.push(source.slice(start, i));
      start = i + 1;
    }
  }
  return [...branches, source.slice(start)];
}

/**
 * The first letters of the alternatives of the group that starts `body` (just after its "("), descending
 * into a group that opens an alternative ("(gib|geben sie) mir"); null if an alternative starts otherwise.
 */
function alternativesFirsts(body: string): { firsts: string[]; end: number } | null {
  const firsts = new Set<string>();
  let depth = 0;
  let expectStart = true;
  for (let i = 0; i < body.length; i += 1) {
    const c = body.charAt(i);
    if (expectStart) {
      expectStart = false;
      if (c === '(' && body.charAt(i + 1) !== '?') {
        const inner = alternativesFirsts(body.slice(i + 1));
        if (inner === null) return null;
        inner.firsts.forEach((f) => firsts.add(f));
        i += inner.end + 1;
        continue;
      }
      if (!/\p{L}/u.test(c)) return null;
      firsts.add(c);
    }
    if (c === '\\') i += 1;
    else if (c === '(') depth += 1;
    else if (c === ')' && (depth -= 1) < 0) return { firsts: [...firsts], end: i };
    else if (c === '|' && depth === 0) expectStart = true;
  }
  return null;
}

/** The first letters of a branch's leading group, after its lookbehind; null if the branch is not so shaped. */
function groupFirsts(branch: string): string[] | null {
  const lead = LEADING.exec(branch);
  return lead ? (alternativesFirsts(branch.slice(lead[0].length))?.firsts ?? null) : null;
}

/** The letters every top-level branch of the pattern can start with, or null when one branch can start otherwise. */
function firstLetters(source: string): string[] | null {
  const letters: string[] = [];
  for (const branch of topLevelBranches(source)) {
    const firsts = groupFirsts(branch);
    if (firsts === null) return null;
    letters.push(...firsts);
  }
  return [...new Set(letters)];
}

/** Letters a pattern's alternatives start with that its declaration leaves out. */
function undeclared(letters: string, re: RegExp): string[] | null {
  const firsts = firstLetters(re.source);
  if (firsts === null) return null;
  return firsts.filter((c) => !letters.includes(c) && !(re.ignoreCase && letters.includes(c.toLowerCase())));
}

describe('patterns led by their first letters', () => {
  it('are caught when a declaration misses a letter', () => {
    expect(undeclared('a', /(?<!\p{L})(ab|cd|Ae)/iu)).toEqual(['c']);
    expect(undeclared('a', /(?<!\p{L})(ab|Ae)/u)).toEqual(['A']);
    expect(undeclared('a', /(?<!\p{L})(ab)|(?<!\p{L})(pa)/u)).toEqual(['p']);
    expect(undeclared('a', /(?<!\p{L})(ab|(gib|dis) mir)/u)).toEqual(['g', 'd']);
  });

  it('are declared for the ask and register rules, each shaped so its letters can be checked', () => {
    expect(FIRST_LETTER_PATTERNS.length).toBeGreaterThanOrEqual(12);
    for (const [, re] of FIRST_LETTER_PATTERNS) expect(firstLetters(re.source)).not.toBeNull();
  });

  it.each(FIRST_LETTER_PATTERNS.map(([letters, re]) => [re.source.slice(0, 40), letters, re] as const))(
    '%s… declares every letter its alternatives start with',
    (_, letters, re) => {
      expect(undeclared(letters, re)).toEqual([]);
    },
  );

  it('find the same matches as the pattern as written, on any text', () => {
    const patterns = [
      /(?<!\p{L})(Sie|Ihnen|Ihre[mnrs]?|Ihr)(?!\p{L})/gu,
      /(?<=\p{Ll}[^.!?\n]{0,40}\s)(Lei|La|Sua)(?!\p{L})|(?<!\p{L})(Lei|potrebbe)(?!\p{L})/gu,
      /(?<!\p{L})(tu|t'\p{L}+|tú|dis-moi)(?!\p{L})/gu,
      /(?<!\p{L})(spett\.?(le|abile)|sehr geehrte[rn]?|dear (mr|ms))(?!\p{L})/giu,
    ];
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
        const letters = (firstLetters(re.source) ?? []).join('');
        expect(t.match(startingWith(letters, re))).toEqual(t.match(re));
      }),
      { numRuns: 3000 },
    );
  });
});
