// Turns the measured rows into the named figures the budgets are written against.
import type { AnalyzeRow } from './analyze-bench';
import type { BundleLoad } from './bundle-load';
import type { HomepageRow } from './homepage-bench';
import type { HostileRow } from './hostile-header-bench';
import { scaleGrowth, type ScaleRow } from './scale-bench';
import type { SidebarRow } from './sidebar-bench';

export interface BenchResults {
  readonly bundle: BundleLoad;
  readonly sidebar: readonly SidebarRow[];
  readonly homepage: readonly HomepageRow[];
  readonly analyze: AnalyzeRow;
  /** Crafted 500 KB address headers in a sidebar open. */
  readonly hostile: readonly HostileRow[];
  /** The scale table, smallest mbox first. */
  readonly scale: readonly ScaleRow[];
}

const spread = (values: readonly number[]): number =>
  values.length === 0 ? NaN : Math.max(...values) - Math.min(...values);

/** Cost per message at the largest size over that at `base` messages: 1 is linear, 10x size -> 10 if quadratic. */
export function growth(rows: readonly SidebarRow[], base = 50): number {
  const small = rows.find((r) => r.messages === base);
  const large = rows.reduce<SidebarRow | undefined>(
    (a, r) => (!a || r.messages > a.messages ? r : a),
    undefined,
  );
  if (!small || !large || large === small) return NaN;
  return large.coreMs / large.messages / (small.coreMs / small.messages);
}

export function figuresOf(results: BenchResults): Map<string, number> {
  const f = new Map<string, number>();
  f.set('bundle.bytes', results.bundle.bytes);
  f.set('bundle.coldLoadMs', results.bundle.coldLoadMs);
  for (const row of results.sidebar) {
    f.set(`open.first.remote@${row.messages}`, row.first.remote);
    f.set(`open.repeat.remote@${row.messages}`, row.repeat.remote);
    f.set(`core.ms@${row.messages}`, row.coreMs);
    // The first open in a fresh context is JIT-cold, like every Apps Script execution: the slower one counts.
    f.set(`open.callbackMs@${row.messages}`, Math.max(row.first.ms, row.callbackWarmMs));
  }
  f.set('open.first.remoteSpread', spread(results.sidebar.map((r) => r.first.remote)));
  f.set('open.repeat.remoteSpread', spread(results.sidebar.map((r) => r.repeat.remote)));
  f.set('core.growth', growth(results.sidebar));
  for (const row of results.homepage) {
    f.set(`home.propertiesReads@${row.tracked}`, row.propertiesReads);
    f.set(`home.remote@${row.tracked}`, row.remote);
    f.set(`home.coreMs@${row.tracked}`, row.coreMs);
    f.set(`home.bytes@${row.tracked}`, row.bytes);
    f.set(`home.largestValue@${row.tracked}`, row.largestValue);
  }
  f.set('analyze.messages', results.analyze.cliMessages);
  f.set('hostile.headerMs', Math.max(...results.hostile.map((r) => r.extraMs)));
  for (const row of results.scale) {
    f.set(`scale.outputMissing@${row.threads}`, row.messages - row.outputMessages);
    f.set(`scale.peakRss@${row.threads}`, row.peakRssBytes);
    f.set(`scale.msPer1000@${row.threads}`, (row.wallMs / row.messages) * 1000);
  }
  const at = (n: number) => results.scale.find((r) => r.threads === n);
  f.set('scale.growth', scaleGrowth(at(2000), at(20000)));
  f.set('scale.growthLargest', scaleGrowth(results.scale[0], results.scale[results.scale.length - 1]));
  return f;
}
