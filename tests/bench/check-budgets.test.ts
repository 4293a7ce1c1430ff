// The budget check: exact counts and sizes, times with a noise margin, and a non-zero exit that names the figure.
import { BUDGETS, TIME_MARGIN, type Budget } from '../../scripts/bench/budgets';
import { checkBudget, checkBudgets, exitCodeOf } from '../../scripts/bench/check-budgets';

const calls: Budget = {
  figure: 'open.first.remote@500',
  kind: 'at-most',
  limit: 5,
  noisy: false,
  unit: 'calls',
  why: 'opening a thread: at most 5 Apps Script service calls',
};
const reads: Budget = { ...calls, figure: 'home.propertiesReads@500', kind: 'exactly', limit: 1 };
const coreTime: Budget = { ...calls, figure: 'core.ms@200', limit: 2, noisy: true, unit: 'ms' };

const figures = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('checking one budget', () => {
  it('passes a call count at the limit and breaks it one call above, with no margin', () => {
    expect(checkBudget(calls, figures({ 'open.first.remote@500': 5 })).verdict).toBe('ok');
    expect(checkBudget(calls, figures({ 'open.first.remote@500': 6 })).verdict).toBe('broken');
  });

  it('breaks an "exactly" budget on both sides', () => {
    expect(checkBudget(reads, figures({ 'home.propertiesReads@500': 1 })).verdict).toBe('ok');
    expect(checkBudget(reads, figures({ 'home.propertiesReads@500': 0 })).verdict).toBe('broken');
    expect(checkBudget(reads, figures({ 'home.propertiesReads@500': 2 })).verdict).toBe('broken');
  });

  it('reports a time over its limit but inside the noise margin as over, not broken', () => {
    const value = 2 * (TIME_MARGIN - 0.5);
    expect(checkBudget(coreTime, figures({ 'core.ms@200': 1.9 })).verdict).toBe('ok');
    expect(checkBudget(coreTime, figures({ 'core.ms@200': value })).verdict).toBe('over');
    expect(checkBudget(coreTime, figures({ 'core.ms@200': 2 * TIME_MARGIN + 0.01 })).verdict).toBe('broken');
  });

  it('breaks a budget whose figure was never measured, or came out as NaN', () => {
    expect(checkBudget(calls, figures({})).verdict).toBe('broken');
    expect(checkBudget(calls, figures({ 'open.first.remote@500': NaN })).message).toMatch(/not measured/);
  });

  it('names the figure, the measured value, the limit and the design rule in the message', () => {
    const { message } = checkBudget(calls, figures({ 'open.first.remote@500': 10 }));
    expect(message).toContain('BROKEN');
    expect(message).toContain('open.first.remote@500 = 10 calls');
    expect(message).toContain('budget 5 calls');
    expect(message).toContain('at most 5 Apps Script service calls');
  });
});

describe('the exit code', () => {
  it('is 1 when any budget is broken and 0 when times are merely over', () => {
    const over = checkBudgets([coreTime, calls], figures({ 'core.ms@200': 3, 'open.first.remote@500': 3 }));
    expect(exitCodeOf(over)).toBe(0);
    const broken = checkBudgets([coreTime, calls], figures({ 'core.ms@200': 1, 'open.first.remote@500': 6 }));
    expect(exitCodeOf(broken)).toBe(1);
  });
});

describe('the budgets of DESIGN.md', () => {
  it('hold the numbers the design sets', () => {
    const limit = (figure: string) => BUDGETS.find((b) => b.figure === figure)?.limit;
    expect(limit('bundle.bytes')).toBe(194_560);
    expect(limit('bundle.coldLoadMs')).toBe(10);
    expect(limit('open.first.remote@500')).toBe(5);
    expect(limit('open.repeat.remote@1')).toBe(3);
    expect(limit('core.ms@200')).toBe(2);
    expect(limit('home.propertiesReads@500')).toBe(1);
    expect(limit('home.coreMs@500')).toBe(20);
    expect(limit('home.bytes@2000')).toBe(512_000);
  });

  it('check counts and bytes exactly and only times with the margin', () => {
    const noisy = BUDGETS.filter((b) => b.noisy).map((b) => b.unit);
    expect(new Set(noisy)).toEqual(new Set(['ms', 'x']));
    expect(BUDGETS.filter((b) => ['calls', 'bytes'].includes(b.unit)).every((b) => !b.noisy)).toBe(true);
  });

  it('name every figure once', () => {
    const names = BUDGETS.map((b) => b.figure);
    expect(new Set(names).size).toBe(names.length);
  });
});
