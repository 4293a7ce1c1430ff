import { analyzeThread } from '../../src/core/analyze-thread';
import { BENCH_CALENDAR, BENCH_IDENTITY, BENCH_NOW, threadData } from '../../scripts/bench/core-input';
import { shippedCore } from '../../scripts/bench/shipped-core';
import { syntheticThread } from '../../scripts/bench/synthetic-mail';

describe('the core the bench times', () => {
  it('is the bundled core, and reads a generated thread as the source does', () => {
    const core = shippedCore();
    const thread = threadData(syntheticThread({ index: 3, messages: 40, newestAt: BENCH_NOW - 86_400_000 }));
    const input = { identity: BENCH_IDENTITY, calendar: BENCH_CALENDAR, now: BENCH_NOW, thread };
    expect(core.analyzeThread.toString()).not.toContain('__name');
    expect(JSON.stringify(core.analyzeThread(input))).toBe(JSON.stringify(analyzeThread(input)));
  });
});
