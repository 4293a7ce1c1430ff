import { clock, Progress } from '../../scripts/analyze/progress';

describe('the progress line', () => {
  it('names messages, threads, rate, share of bytes and time left', () => {
    let now = 0;
    const written: string[] = [];
    const progress = new Progress({ write: (t) => written.push(t) }, () => now, 0);
    progress.start(100 * 1_048_576);
    now = 10_000;
    progress.reading(50_000, 50 * 1_048_576);
    expect(written.at(-1)).toContain(
      'analyze: reading: 50,000 messages, 5,000 msg/s, 25% of 100 MB, 0:30 left',
    );
    now = 20_000;
    progress.analysing(100, 1_000, 10_000, 50 * 1_048_576);
    expect(written.at(-1)).toMatch(
      /analysing: 100 of 1,000 threads, 10,000 messages, .* 75% of 100 MB, 0:07 left/,
    );
    progress.done();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('writes nothing without a terminal (null stream)', () => {
    const progress = new Progress(null, () => 0, 0);
    progress.start(10);
    expect(() => progress.reading(1, 5)).not.toThrow();
    progress.done();
  });

  it('formats durations as m:ss or h:mm:ss', () => {
    expect(clock(7)).toBe('0:07');
    expect(clock(3725)).toBe('1:02:05');
  });
});
