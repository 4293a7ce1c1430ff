// The core as it ships: bundled and minified by esbuild as scripts/build.mjs does, not loaded through tsx.
import { buildSync } from 'esbuild';
import * as path from 'node:path';
import type * as AnalyzeThread from '../../src/core/analyze-thread';
import type * as SuggestNudge from '../../src/core/nudge/suggest-nudge';
import type * as Settings from '../../src/core/settings';
import type * as HomeEntries from '../../src/core/tracking/home-entries';
import type * as RecordCodec from '../../src/core/tracking/record-codec';
import type * as HomeView from '../../src/core/view/home-view';

export interface ShippedCore {
  readonly analyzeThread: typeof AnalyzeThread.analyzeThread;
  readonly suggestNudge: typeof SuggestNudge.suggestNudge;
  readonly DEFAULT_SETTINGS: typeof Settings.DEFAULT_SETTINGS;
  readonly homeEntries: typeof HomeEntries.homeEntries;
  readonly readRecords: typeof RecordCodec.readRecords;
  readonly homeView: typeof HomeView.homeView;
}

const ENTRY = `
export { analyzeThread } from './src/core/analyze-thread';
export { suggestNudge } from './src/core/nudge/suggest-nudge';
export { DEFAULT_SETTINGS } from './src/core/settings';
export { homeEntries } from './src/core/tracking/home-entries';
export { readRecords } from './src/core/tracking/record-codec';
export { homeView } from './src/core/view/home-view';
`;

let loaded: ShippedCore | undefined;

/**
 * tsx compiles each file with esbuild's keepNames, which wraps every function made at run time in a
 * naming call; the add-on has none of that. Timing this bundle times the code Apps Script runs (the core
 * is pure, so it needs no emulator): esbuild's bundling, minifying and target as in the build. The build's
 * text table is left out: it decodes each string once per load, and warm runs would read it from its cache.
 */
export function shippedCore(): ShippedCore {
  if (loaded) return loaded;
  const result = buildSync({
    stdin: { contents: ENTRY, resolveDir: path.resolve(__dirname, '../..'), loader: 'ts' },
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} as ShippedCore };
  // The core imports nothing outside itself (tests/layout checks it), so the CommonJS text runs as a function.
  new Function('module', 'exports', result.outputFiles[0]!.text)(module, module.exports);
  loaded = module.exports;
  return loaded;
}
