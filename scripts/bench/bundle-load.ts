// dist/Code.js: its size and the median time to compile and run it in a fresh vm context with emulator globals.
import { readFileSync } from 'node:fs';
import * as vm from 'node:vm';
import { createEmulator } from '../../emulator';
import type { Realm } from '../../emulator/realm';
import { referenceBundle } from './reference-bundle';
import { median, timeMs } from './timing';

export interface BundleLoad {
  readonly bytes: number;
  readonly coldLoadMs: number;
  /** The compile part of coldLoadMs (V8 parses eagerly only what runs at load; the rest is pre-parsed). */
  readonly compileMs: number;
  readonly referenceBytes: number;
  readonly referenceMs: number;
  /** coldLoadMs / referenceMs. */
  readonly ratio: number;
  /** Median time to create the context and install the emulated services (not part of cold load). */
  readonly contextMs: number;
  readonly runs: number;
}

/** A context like run-bundle's: only built-ins plus the emulated Apps Script services. */
function freshContext(emulator: ReturnType<typeof createEmulator>): vm.Context {
  const context = vm.createContext({}, { name: 'bench', codeGeneration: { strings: true, wasm: false } });
  const realm = vm.runInContext('({ Date, Error, Array, JSON })', context) as Realm;
  for (const [name, value] of Object.entries(emulator.createContextGlobals(realm).globals)) {
    Object.defineProperty(context, name, { value, writable: true, configurable: true, enumerable: false });
  }
  return context;
}

/**
 * V8 caches compiled scripts per isolate by source text, so each run gets a unique trailing comment:
 * every run is a real compile, as in a fresh Apps Script execution.
 */
let uniqueRun = 0;
const SESSION = `${process.pid}-${Date.now()}`;

function loadOnce(code: string, context: vm.Context): { compileMs: number; runMs: number } {
  uniqueRun += 1;
  const source = `${code}\n//# bench-run ${SESSION}-${uniqueRun}\n`;
  let script!: vm.Script;
  const compileMs = timeMs(() => (script = new vm.Script(source, { filename: 'Code.js' })));
  const runMs = timeMs(() => script.runInContext(context));
  return { compileMs, runMs };
}

export function measureBundleLoad(bundlePath: string, options = { warmup: 5, runs: 30 }): BundleLoad {
  const code = readFileSync(bundlePath, 'utf8');
  const bytes = Buffer.byteLength(code, 'utf8');
  const reference = referenceBundle(bytes);
  const emulator = createEmulator();
  const series = {
    total: [] as number[],
    compile: [] as number[],
    ref: [] as number[],
    context: [] as number[],
  };
  // Interleaved, so a slow moment of the machine hits both series alike.
  for (let i = 0; i < options.warmup + options.runs; i += 1) {
    let context!: vm.Context;
    const made = timeMs(() => (context = freshContext(emulator)));
    const b = loadOnce(code, context);
    const r = loadOnce(reference, freshContext(emulator));
    if (i < options.warmup) continue;
    series.context.push(made);
    series.total.push(b.compileMs + b.runMs);
    series.compile.push(b.compileMs);
    series.ref.push(r.compileMs + r.runMs);
  }
  const coldLoadMs = median(series.total);
  const referenceMs = median(series.ref);
  return {
    bytes,
    coldLoadMs,
    compileMs: median(series.compile),
    referenceBytes: Buffer.byteLength(reference, 'utf8'),
    referenceMs,
    ratio: coldLoadMs / referenceMs,
    contextMs: median(series.context),
    runs: options.runs,
  };
}
