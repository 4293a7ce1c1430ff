// A crafted 500 KB address header in the bundle: the extra time a sidebar open spends on it, per shape.
import { readFileSync } from 'node:fs';
import { createEmulator } from '../../emulator';
import { contextualEvent } from '../../emulator/events';
import { loadBundle } from '../../emulator/run-bundle';
import { BENCH_IDENTITY, BENCH_NOW, TIME_ZONE } from './core-input';
import { syntheticThread } from './synthetic-mail';
import { measure } from './timing';

export const HOSTILE_HEADER_BYTES = 500 * 1024;

/** Shapes that make a backtracking parser quadratic, and a plain very long list of real addresses. */
const SHAPES: Readonly<Record<string, string>> = {
  'one long word': 'a',
  "many '@'": 'a@',
  "many '<'": '<',
  'angle then comment': '<a>(',
  'group colons': 'x:',
  'quoted commas': '"a, b" <',
  'real addresses': '"Anna Rossi" <anna.rossi@rossi.example>, ',
};

export interface HostileRow {
  readonly shape: string;
  readonly bytes: number;
  /** Median open with the header minus median open of the same thread without it, ms. */
  readonly extraMs: number;
}

function openTime(code: string, cc: string | null): number {
  const thread = syntheticThread({ index: 1, messages: 1, newestAt: BENCH_NOW - 4 * 86_400_000 });
  const emulator = createEmulator({
    userEmail: BENCH_IDENTITY.primary,
    timeZone: TIME_ZONE,
    now: BENCH_NOW,
    threads: [thread],
  });
  const ids = emulator.gmail.idsOf(thread.messages[0]!.messageId)!;
  if (cc !== null) emulator.gmail.messages.get(ids.messageId)!.addressText = { cc };
  const bundle = loadBundle(emulator, { code });
  const event = contextualEvent({ ...ids, userLocale: 'en', timeZone: TIME_ZONE });
  return measure(() => bundle.call('onGmailMessageOpen', event), { warmup: 1, runs: 5 }).medianMs;
}

export function benchHostileHeaders(bundlePath: string): HostileRow[] {
  const code = readFileSync(bundlePath, 'utf8');
  const baseline = openTime(code, null);
  return Object.entries(SHAPES).map(([shape, unit]) => {
    const header = unit.repeat(Math.ceil(HOSTILE_HEADER_BYTES / unit.length)).slice(0, HOSTILE_HEADER_BYTES);
    return { shape, bytes: header.length, extraMs: Math.max(0, openTime(code, header) - baseline) };
  });
}
