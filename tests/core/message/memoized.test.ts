import { memoized } from '../../../src/core/message/memoized';

describe('a memoized rule', () => {
  it('answers as the rule does and asks the rule once per string', () => {
    const asked: string[] = [];
    const length = memoized((s) => (asked.push(s), s.length));
    expect([length('Re: Offer'), length('Re: Offer'), length('Offer')]).toEqual([9, 9, 5]);
    expect(asked).toEqual(['Re: Offer', 'Offer']);
  });

  it('remembers an undefined answer too', () => {
    let calls = 0;
    const nothing = memoized(() => ((calls += 1), undefined));
    nothing('a');
    nothing('a');
    expect(calls).toBe(1);
  });

  it('forgets everything past its limit, so a long run keeps bounded memory', () => {
    const asked: string[] = [];
    const echo = memoized((s) => (asked.push(s), s), 2);
    ['a', 'b', 'c', 'a'].forEach(echo);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
