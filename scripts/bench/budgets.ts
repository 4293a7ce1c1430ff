// Every budget of DESIGN.md "Numbers to reach", in one place, keyed by the figure the bench measures.

export const THREAD_SIZES = [1, 10, 50, 200, 500] as const;
export const HOME_SIZES = [100, 500, 2000] as const;
/** Threads in the generated mboxes of the scale table (issue 16: 2,000, 20,000 and 60,000; a few hundred MB). */
export const SCALE_SIZES = [2000, 20000, 60000] as const;
export const SCALE_MEMORY_BYTES = 500 * 1024 * 1024;
/** "At least 5,000 messages/s end to end", as a time: at most 200 ms per 1,000 messages. */
export const SCALE_MS_PER_1000 = 200;

/**
 * Times are checked with a margin: a time fails only above limit x TIME_MARGIN, and between the
 * limit and that it is reported as "over" without failing. Counts and sizes have no margin.
 */
export const TIME_MARGIN = 3;

export type BudgetKind = 'at-most' | 'exactly';

export interface Budget {
  /** The figure's key in the measured figures, e.g. 'open.first.remote@500'. */
  readonly figure: string;
  readonly kind: BudgetKind;
  readonly limit: number;
  /** Noisy figures (times) get TIME_MARGIN; counts and bytes are checked exactly. */
  readonly noisy: boolean;
  readonly unit: string;
  /** Where the number comes from, shown when it is broken. */
  readonly why: string;
}

const count = (figure: string, kind: BudgetKind, limit: number, why: string, unit = 'calls'): Budget => ({
  figure,
  kind,
  limit,
  noisy: false,
  unit,
  why,
});
const bytes = (figure: string, limit: number, why: string): Budget => ({
  figure,
  kind: 'at-most',
  limit,
  noisy: false,
  unit: 'bytes',
  why,
});
const time = (figure: string, limit: number, unit: string, why: string): Budget => ({
  figure,
  kind: 'at-most',
  limit,
  noisy: true,
  unit,
  why,
});

/** Apps Script stops an add-on callback after 30 seconds; "far inside" is read as a tenth of it. */
export const CALLBACK_LIMIT_MS = 30_000;
export const CALLBACK_BUDGET_MS = CALLBACK_LIMIT_MS / 10;
export const PROPERTIES_STORE_BYTES = 500 * 1024;
export const PROPERTY_VALUE_BYTES = 9 * 1024;

export const BUDGETS: readonly Budget[] = [
  bytes('bundle.bytes', 190 * 1024, 'dist/Code.js at most 190 KB minified (DESIGN.md)'),
  time('bundle.coldLoadMs', 10, 'ms', 'cold load of the bundle in a fresh V8 context under 10 ms'),
  ...THREAD_SIZES.flatMap((n) => [
    count(`open.first.remote@${n}`, 'at-most', 5, 'opening a thread: at most 5 Apps Script service calls'),
    count(
      `open.repeat.remote@${n}`,
      'at-most',
      3,
      'a repeat open the same day: at most 3 round trips (properties read, thread, messages)',
    ),
  ]),
  count('open.first.remoteSpread', 'exactly', 0, 'service calls constant whatever the thread length'),
  count('open.repeat.remoteSpread', 'exactly', 0, 'service calls constant whatever the thread length'),
  time('core.ms@200', 2, 'ms', 'core analysis of a 200-message thread under 2 ms'),
  time('core.growth', 2, 'x', 'core time grows linearly: cost per message at 500 at most 2x that at 50'),
  time('open.callbackMs@500', CALLBACK_BUDGET_MS, 'ms', 'every callback far inside the 30 s limit'),
  ...HOME_SIZES.flatMap((n) => [
    count(`home.propertiesReads@${n}`, 'exactly', 1, 'homepage: 1 properties read'),
    count(`home.remote@${n}`, 'exactly', 1, 'homepage: 1 properties read and no other round trip'),
  ]),
  time('home.coreMs@500', 20, 'ms', 'homepage with 500 tracked threads under 20 ms of core work'),
  bytes('home.bytes@2000', PROPERTIES_STORE_BYTES, '2,000 tracked threads fit in the 500 KB store'),
  bytes('home.largestValue@2000', PROPERTY_VALUE_BYTES, 'Apps Script allows 9 KB per property value'),
  ...SCALE_SIZES.flatMap((n) => [
    count(`scale.outputMissing@${n}`, 'exactly', 0, 'analyze lists every message of the mbox', 'messages'),
    bytes(
      `scale.peakRss@${n}`,
      SCALE_MEMORY_BYTES,
      'analyze: memory bounded whatever the file size (under 500 MB)',
    ),
  ]),
  // Throughput is budgeted where start-up (about a second of Node + tsx) no longer dominates.
  ...SCALE_SIZES.filter((n) => n >= 20000).map((n) =>
    time(`scale.msPer1000@${n}`, SCALE_MS_PER_1000, 'ms', 'analyze: at least 5,000 messages/s end to end'),
  ),
  time('scale.growth', 1.2, 'x', 'analyze: 20,000 threads cost at most 1.2x per message what 2,000 cost'),
  time(
    'scale.growthLargest',
    1.2,
    'x',
    'analyze: time linear in messages and threads (largest over smallest)',
  ),
  count(
    'analyze.messages',
    'exactly',
    10_000,
    'the analyze command read every message of the mbox',
    'messages',
  ),
  time('hostile.headerMs', 100, 'ms', 'a crafted 500 KB address header costs a sidebar open under 100 ms'),
];
