import fc from 'fast-check';
import { idsIn } from '../../../src/core/message/message-ids';

/** The reading the scan replaced: every bracketed id without white space or another '<' inside. */
const byRegex = (value: string): string[] =>
  Array.from(value.matchAll(/<([^<>\s]+)>/g), (m) => (m[1] as string).toLowerCase());

describe('message ids in a header', () => {
  it('come without brackets, lower-cased, in order', () => {
    expect(idsIn('<A@X.example> <b@y.example>')).toEqual(['a@x.example', 'b@y.example']);
  });

  it('skip a bracket that holds white space or another bracket, as broken headers do', () => {
    expect(idsIn('<a <b@x> <<c@x> <d@x')).toEqual(['b@x', 'c@x']);
    expect(idsIn(undefined)).toEqual([]);
  });

  it('are read as the bracket pattern reads them, for any text of brackets, spaces and letters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[<> aB@.\t]{0,40}$/), (value) => {
        expect(idsIn(value)).toEqual(byRegex(value));
      }),
      { numRuns: 2000 },
    );
  });
});
