// The homepage over 100 / 500 / 2,000 tracked threads: round trips, core time, store bytes.
import { readFileSync } from 'node:fs';
import { createEmulator } from '../../emulator';
import { homepageEvent } from '../../emulator/events';
import { loadBundle } from '../../emulator/run-bundle';
import { storedBytes, utf8Length } from '../../src/core/tracking/store-budget';
import { BENCH_CALENDAR, BENCH_NOW, TIME_ZONE } from './core-input';
import { seededStore } from './seed-records';
import { shippedCore } from './shipped-core';
import type { ServiceCounts } from './sidebar-bench';
import { measure } from './timing';

export interface HomepageRow {
  readonly tracked: number;
  readonly remote: number;
  readonly local: number;
  readonly propertiesReads: number;
  readonly byService: ServiceCounts;
  /** readRecords + homeEntries + homeView as shipped (esbuild, minified) on the stored strings, median ms. */
  readonly coreMs: number;
  /** The whole onHomepage callback in the emulator, median ms. */
  readonly callbackMs: number;
  /** Bytes of keys and values in the user store, typical records. */
  readonly bytes: number;
  /** The same with every record at its longest (all bounded fields full, 10 delays, a reminder). */
  readonly longestBytes: number;
  readonly largestValue: number;
  readonly limitBytes: number;
}

const PROPERTY_READS = ['Properties.getProperties', 'Properties.getProperty', 'Properties.getKeys'];
const ACTIONS = { openThread: 'onOpenThread', openSettings: 'onOpenSettings' };

function coreMs(stored: Record<string, string>): number {
  const { homeEntries, readRecords, homeView } = shippedCore();
  const today = BENCH_CALENDAR.localDateOf(BENCH_NOW, TIME_ZONE);
  const run = () => homeView(homeEntries(readRecords(stored), today), 'en', today, ACTIONS);
  return measure(run, { warmup: 10, runs: 30 }).medianMs;
}

export function benchHomepage(bundlePath: string, tracked: number): HomepageRow {
  const today = BENCH_CALENDAR.localDateOf(BENCH_NOW, TIME_ZONE);
  const emulator = createEmulator({ timeZone: TIME_ZONE, now: BENCH_NOW });
  for (const [k, v] of seededStore(tracked, today, 'typical')) emulator.properties.stores.user.data.set(k, v);
  const bundle = loadBundle(emulator, { code: readFileSync(bundlePath, 'utf8') });
  const event = homepageEvent({ userLocale: 'en', timeZone: TIME_ZONE });
  emulator.calls.reset();
  bundle.call('onHomepage', event);
  const propertiesReads = PROPERTY_READS.reduce((sum, name) => sum + emulator.calls.count(name), 0);
  const counts = {
    remote: emulator.calls.remoteTotal(),
    local: emulator.calls.localTotal(),
    byService: emulator.calls.byService(),
  };
  const callbackMs = measure(() => bundle.call('onHomepage', event), { warmup: 2, runs: 10 }).medianMs;
  const stored = emulator.properties.user();
  const longest = Object.fromEntries(seededStore(tracked, today, 'longest'));
  return {
    tracked,
    ...counts,
    propertiesReads,
    coreMs: coreMs(stored),
    callbackMs,
    bytes: emulator.properties.bytesUsed(),
    longestBytes: storedBytes(longest),
    largestValue: Math.max(...Object.values(longest).map(utf8Length)),
    limitBytes: emulator.properties.limitBytes,
  };
}
