// The figures the budgets read: every budgeted figure is produced, spreads and growth are computed right.
import type { AnalyzeRow } from '../../scripts/bench/analyze-bench';
import { BUDGETS, HOME_SIZES, SCALE_SIZES, THREAD_SIZES } from '../../scripts/bench/budgets';
import type { ScaleRow } from '../../scripts/bench/scale-bench';
import type { BundleLoad } from '../../scripts/bench/bundle-load';
import { figuresOf, growth, type BenchResults } from '../../scripts/bench/figures';
import type { HomepageRow } from '../../scripts/bench/homepage-bench';
import type { OpenCalls, SidebarRow } from '../../scripts/bench/sidebar-bench';

const open = (remote: number, ms = 40): OpenCalls => ({
  remote,
  local: 100,
  byService: { Properties: { remote, local: 1 } },
  remoteMethods: { 'Properties.getProperties': remote },
  ms,
});

function sidebarRow(messages: number, firstRemote = 3, coreMsPerMessage = 0.01): SidebarRow {
  return {
    messages,
    first: open(firstRemote),
    repeat: open(3),
    coreMs: messages * coreMsPerMessage,
    callbackWarmMs: 20,
  };
}

function homeRow(tracked: number): HomepageRow {
  return {
    tracked,
    remote: 1,
    local: 160,
    propertiesReads: 1,
    byService: {},
    coreMs: tracked / 100,
    callbackMs: 30,
    bytes: tracked * 150,
    longestBytes: tracked * 240,
    largestValue: 359,
    limitBytes: 512_000,
  };
}

const bundle: BundleLoad = {
  bytes: 130_000,
  coldLoadMs: 8,
  compileMs: 3,
  referenceBytes: 130_000,
  referenceMs: 3,
  ratio: 8 / 3,
  contextMs: 0.7,
  runs: 30,
};
const analyze: AnalyzeRow = {
  messages: 10_000,
  threads: 400,
  mboxBytes: 6_000_000,
  cliMs: 7000,
  startupMs: 1000,
  cliMessages: 10_000,
  inProcessMs: 6000,
  coreMs: 600,
};

function scaleRow(threads: number, msPerMessage = 0.1): ScaleRow {
  const messages = threads * 6.5;
  return {
    threads,
    messages,
    mboxBytes: messages * 620,
    wallMs: 1000 + messages * msPerMessage,
    startupMs: 1000,
    cpuMs: messages * msPerMessage,
    peakRssBytes: 200 * 1024 * 1024,
    outputMessages: messages,
  };
}

function results(sidebar: SidebarRow[], scale = SCALE_SIZES.map((n) => scaleRow(n))): BenchResults {
  const hostile = [
    { shape: 'one long word', bytes: 512_000, extraMs: 12 },
    { shape: 'real addresses', bytes: 512_000, extraMs: 40 },
  ];
  return { bundle, sidebar, homepage: HOME_SIZES.map(homeRow), analyze, hostile, scale };
}

describe('the figures of a bench run', () => {
  it('measure the scale growth per message without start-up: 1 when linear, more when not', () => {
    const linear = figuresOf(results(THREAD_SIZES.map((n) => sidebarRow(n))));
    expect(linear.get('scale.growth')).toBeCloseTo(1);
    const slower = SCALE_SIZES.map((n) => scaleRow(n, n === 20000 ? 0.15 : 0.1));
    expect(
      figuresOf(
        results(
          THREAD_SIZES.map((n) => sidebarRow(n)),
          slower,
        ),
      ).get('scale.growth'),
    ).toBeCloseTo(1.5);
  });

  it('count the messages missing from the output and the time per 1,000 messages', () => {
    const rows = SCALE_SIZES.map((n) => ({
      ...scaleRow(n),
      outputMessages: scaleRow(n).messages - (n === 60000 ? 3 : 0),
    }));
    const f = figuresOf(
      results(
        THREAD_SIZES.map((n) => sidebarRow(n)),
        rows,
      ),
    );
    expect(f.get('scale.outputMissing@60000')).toBe(3);
    expect(f.get('scale.outputMissing@2000')).toBe(0);
    expect(f.get('scale.msPer1000@20000')).toBeCloseTo((1000 + 130_000 * 0.1) / 130);
  });

  it('include every figure a budget is written against', () => {
    const figures = figuresOf(results(THREAD_SIZES.map((n) => sidebarRow(n))));
    const missing = BUDGETS.map((b) => b.figure).filter((name) => !figures.has(name));
    expect(missing).toEqual([]);
  });

  it('take the slowest crafted header as the hostile-header figure', () => {
    const figures = figuresOf(results(THREAD_SIZES.map((n) => sidebarRow(n))));
    expect(figures.get('hostile.headerMs')).toBe(40);
  });

  it('spread the first-open round trips across thread lengths: 0 when constant, the gap otherwise', () => {
    const constant = figuresOf(results(THREAD_SIZES.map((n) => sidebarRow(n, 4))));
    expect(constant.get('open.first.remoteSpread')).toBe(0);
    const growing = figuresOf(results(THREAD_SIZES.map((n) => sidebarRow(n, n === 500 ? 7 : 4))));
    expect(growing.get('open.first.remoteSpread')).toBe(3);
  });

  it('count the slower of the first (JIT-cold) and the warm callback against the 30 s limit', () => {
    const rows = THREAD_SIZES.map((n) => sidebarRow(n));
    const slowFirst = rows.map((r) => (r.messages === 500 ? { ...r, first: open(3, 900) } : r));
    expect(figuresOf(results(slowFirst)).get('open.callbackMs@500')).toBe(900);
  });
});

describe('core growth', () => {
  it('is 1 when the time per message is the same at 50 and at 500 messages', () => {
    expect(growth(THREAD_SIZES.map((n) => sidebarRow(n)))).toBeCloseTo(1);
  });

  it('is 10 when the core time grows with the square of the thread length', () => {
    const quadratic = THREAD_SIZES.map((n) => ({ ...sidebarRow(n), coreMs: (n * n) / 1000 }));
    expect(growth(quadratic)).toBeCloseTo(10);
  });

  it('is not a number when the 50-message size was not measured', () => {
    expect(growth([sidebarRow(500)])).toBeNaN();
  });
});
