import { median, replyDelays } from '../../src/core/typical-reply';

const day = 86_400_000;

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 2, 10])).toBe(3);
    expect(median([])).toBeNull();
  });
});

describe('replyDelays', () => {
  it('measures from my first unanswered message, not from my follow-ups, and skips automated mail', () => {
    const delays = replyDelays([
      { at: 0, kind: 'me' },
      { at: 0.1 * day, kind: 'auto-reply' },
      { at: 2 * day, kind: 'me' },
      { at: 3 * day, kind: 'client' },
      { at: 4 * day, kind: 'client' },
      { at: 5 * day, kind: 'me' },
      { at: 5.5 * day, kind: 'client' },
      { at: 6 * day, kind: 'me' },
    ]);
    expect(delays).toEqual([3, 0.5]);
  });

  it('lets the caller restrict which messages count as the client replying', () => {
    const messages = [
      { at: 0, kind: 'me' as const, who: 'me' },
      { at: day, kind: 'client' as const, who: 'other' },
      { at: 2 * day, kind: 'client' as const, who: 'client' },
    ];
    expect(replyDelays(messages, (m) => m.who === 'client')).toEqual([2]);
  });
});
