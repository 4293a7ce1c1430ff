import fc from 'fast-check';
import { headerValue, isThreaded } from '../../../src/core/message/header-value';
import { idsIn } from '../../../src/core/message/message-ids';
import { message } from '../builders';

/** The reading the scan replaced: every bracketed id without white space or another '<' inside. */
const byRegex = (value: string): string[] =>
  Array.from(value.matchAll(/<([^<>\s]+)>/g), (m) => (m[1] as string).toLowerCase());

describe('header values', () => {
  it('are trimmed and lower-cased, and empty when the header is absent', () => {
    const msg = message({
      at: '2026-03-02T10:00:00Z',
      from: 'a@b.example',
      headers: { precedence: ' Bulk ' },
    });
    expect(headerValue(msg, 'precedence')).toBe('bulk');
    expect(headerValue(msg, 'list-id')).toBe('');
  });

  it('call a message threaded when it names what it answers, by In-Reply-To or References', () => {
    const at = '2026-03-02T10:00:00Z';
    expect(isThreaded(message({ at, from: 'a@b.example', headers: { references: '<x@y>' } }))).toBe(true);
    expect(isThreaded(message({ at, from: 'a@b.example', headers: { 'in-reply-to': ' ' } }))).toBe(false);
  });
});

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
