// Opening a thread: service calls of a first and a repeat open per thread length, core time, callback time.
import { readFileSync } from 'node:fs';
import { createEmulator } from '../../emulator';
import { TYPICAL_PAGING } from '../../emulator/calendar/list-events';
import { contextualEvent } from '../../emulator/events';
import { loadBundle } from '../../emulator/run-bundle';
import { BENCH_CALENDAR, BENCH_IDENTITY, BENCH_NOW, TIME_ZONE, threadData } from './core-input';
import { shippedCore } from './shipped-core';
import { syntheticThread } from './synthetic-mail';
import { measure, timeMs } from './timing';

export type ServiceCounts = Record<string, { remote: number; local: number }>;

export interface OpenCalls {
  readonly remote: number;
  readonly local: number;
  readonly byService: ServiceCounts;
  readonly remoteMethods: Record<string, number>;
  readonly ms: number;
}

export interface SidebarRow {
  readonly messages: number;
  readonly first: OpenCalls;
  readonly repeat: OpenCalls;
  /** analyzeThread + suggestNudge as shipped (esbuild, minified) in Node on the same plain data, median ms. */
  readonly coreMs: number;
  /** Median of repeat opens in the emulator (warm JIT), ms. */
  readonly callbackWarmMs: number;
}

function openCalls(emulator: ReturnType<typeof createEmulator>, open: () => unknown): OpenCalls {
  emulator.calls.reset();
  const ms = timeMs(open);
  const remoteMethods: Record<string, number> = {};
  for (const e of emulator.calls.entries) {
    if (e.kind === 'remote') remoteMethods[e.name] = (remoteMethods[e.name] ?? 0) + 1;
  }
  return {
    remote: emulator.calls.remoteTotal(),
    local: emulator.calls.localTotal(),
    byService: emulator.calls.byService(),
    remoteMethods,
    ms,
  };
}

function coreMs(thread: ReturnType<typeof syntheticThread>): number {
  const { analyzeThread, suggestNudge, DEFAULT_SETTINGS } = shippedCore();
  const data = threadData(thread);
  const base = { identity: BENCH_IDENTITY, calendar: BENCH_CALENDAR, now: BENCH_NOW };
  const run = () => {
    const analysis = analyzeThread({ ...base, thread: data });
    return suggestNudge({ ...base, analysis, settings: DEFAULT_SETTINGS, userLocale: 'en' });
  };
  return measure(run, { warmup: 20, runs: 50 }).medianMs;
}

/** One size: a new user (empty store) opens the thread at its newest message, then opens it again. */
export function benchSidebar(bundlePath: string, messages: number, warmRuns = 5): SidebarRow {
  const code = readFileSync(bundlePath, 'utf8');
  const thread = syntheticThread({ index: messages, messages, newestAt: BENCH_NOW - 4 * 86_400_000 });
  const emulator = createEmulator({
    userEmail: BENCH_IDENTITY.primary,
    timeZone: TIME_ZONE,
    now: BENCH_NOW,
    threads: [thread],
  });
  // Round trips are counted as Google typically answers a listing (everything up to maxResults in one page);
  // the tests page two events at a time, with empty pages, to prove correctness rather than cost.
  emulator.calendar.paging = { ...TYPICAL_PAGING };
  const bundle = loadBundle(emulator, { code });
  const ids = emulator.gmail.idsOf(thread.messages[messages - 1]!.messageId);
  if (!ids) throw new Error('the emulator lost the generated thread');
  const event = contextualEvent({ ...ids, userLocale: 'en', timeZone: TIME_ZONE });
  const open = () => bundle.call('onGmailMessageOpen', event);
  const first = openCalls(emulator, open);
  // The repeat open comes an hour later the same day, as a user coming back to the thread.
  emulator.clock.advance(3_600_000);
  const repeat = openCalls(emulator, open);
  const warm = measure(open, { warmup: 1, runs: warmRuns });
  return { messages, first, repeat, coreMs: coreMs(thread), callbackWarmMs: warm.medianMs };
}
