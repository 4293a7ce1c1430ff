// Runs a built Apps Script bundle in a fresh node:vm context whose globals are built-ins plus the emulator.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { Emulator } from './index';
import type { Realm } from './realm';
import { topLevelFunctionNames } from './top-level-functions';

export interface LoadedBundle {
  readonly context: vm.Context;
  call(functionName: string, event?: unknown): unknown;
  topLevelFunctions(): string[];
}

const DEFAULT_BUNDLE = path.resolve(__dirname, '../dist/Code.js');

/**
 * The bundle reads the time with Date.now() / new Date(), as Apps Script code does: inside the context
 * both follow the emulator's clock, so a test can open a thread "on" any day. Instances stay real Dates.
 */
function pinClock(context: vm.Context, now: () => number): void {
  const install = vm.runInContext(
    `(function (now) {
      const RealDate = Date;
      function EmulatedDate(...args) {
        if (!new.target) return new RealDate(now()).toString();
        return args.length === 0 ? new RealDate(now()) : new RealDate(...args);
      }
      Object.setPrototypeOf(EmulatedDate, RealDate);
      EmulatedDate.prototype = RealDate.prototype;
      EmulatedDate.now = () => now();
      globalThis.Date = EmulatedDate;
    })`,
    context,
  ) as (now: () => number) => void;
  install(now);
}

/** Each call is one Apps Script execution: at its end the Gmail token is dropped and locks are released. */
export function loadBundle(emulator: Emulator, options: { code?: string } = {}): LoadedBundle {
  const code = options.code ?? readFileSync(DEFAULT_BUNDLE, 'utf8');
  const context = vm.createContext(
    {},
    { name: 'apps-script', codeGeneration: { strings: true, wasm: false } },
  );
  pinClock(context, () => emulator.clock.now);
  const realm = vm.runInContext('({ Date, Error, Array, JSON })', context) as Realm;
  const { globals, endExecution } = emulator.createContextGlobals(realm);
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(context, name, { value, writable: true, configurable: true, enumerable: false });
  }
  vm.runInContext(code, context, { filename: 'Code.js' });
  const names = topLevelFunctionNames(code);
  return {
    context,
    topLevelFunctions: () => [...names],
    call(functionName, event) {
      const fn = (context as Record<string, unknown>)[functionName];
      if (!names.includes(functionName) || typeof fn !== 'function') {
        throw new Error(
          `"${functionName}" is not a top-level function of the bundle (found: ${names.join(', ')})`,
        );
      }
      try {
        return (fn as (e?: unknown) => unknown)(event);
      } finally {
        endExecution();
      }
    },
  };
}
