// Medians of repeated runs: one slow run (GC, JIT) moves a mean, not a median.

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Timing {
  /** Median milliseconds of the measured runs. */
  readonly medianMs: number;
  /** The very first run (before warm-up): JIT-cold, as in a fresh Apps Script execution. */
  readonly firstMs: number;
  readonly runs: number;
}

export interface TimingOptions {
  readonly warmup: number;
  readonly runs: number;
}

export function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Runs `run` warmup + runs times; the first run is reported apart, the median covers the last `runs`. */
export function measure(run: (i: number) => unknown, options: TimingOptions): Timing {
  const firstMs = timeMs(() => run(0));
  for (let i = 1; i < options.warmup; i += 1) run(i);
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i += 1) samples.push(timeMs(() => run(options.warmup + i)));
  return { medianMs: median(samples), firstMs, runs: options.runs };
}
