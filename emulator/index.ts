// createEmulator: the Apps Script services an add-on bundle needs, with shared state, call log and faults.
import type { MailThread } from '../scripts/mail/parsed-mail';
import { CallLog } from './call-log';
import { CalendarState } from './calendar/calendar-state';
import { createCalendarService } from './calendar/calendar-service';
import { createCardService } from './card/card-service';
import type { CardRegistry } from './card/kit';
import { Clock } from './clock';
import { Faults, type FaultKind } from './faults';
import { createGmailApp } from './gmail/gmail-app';
import { GmailState } from './gmail/gmail-state';
import { HOST_REALM, type Realm } from './realm';
import type { Runtime } from './runtime';
import { createCacheService, CacheStore } from './storage/cache';
import { createLockService, releaseLocksOf, type LockTable } from './storage/lock';
import { createPropertiesService, createStores, STORE_LIMIT_BYTES } from './storage/properties';
import { createLogging, createSession, createUtilities } from './session-utilities';

export interface EmulatorOptions {
  userEmail?: string;
  userLocale?: string;
  timeZone?: string;
  now?: number;
  threads?: MailThread[];
}

/** One context's set of globals; endExecution() drops the Gmail token and releases its locks. */
export interface ContextGlobals {
  readonly globals: Record<string, unknown>;
  readonly contextId: string;
  endExecution(): void;
}

export function createEmulator(options: EmulatorOptions = {}) {
  const userEmail = options.userEmail ?? 'giulia.rossi@studio-rossi.it';
  const timeZone = options.timeZone ?? 'Europe/Rome';
  const userLocale = options.userLocale ?? 'it';
  const clock = new Clock(options.now ?? Date.UTC(2024, 4, 6, 8, 0));
  const calls = new CallLog();
  const faults = new Faults();
  const logs: string[] = [];
  const gmail = new GmailState();
  for (const t of options.threads ?? []) gmail.addThread(t);
  const calendar = new CalendarState(userEmail, timeZone);
  const stores = createStores();
  const caches = { user: new CacheStore(), script: new CacheStore() };
  const locks: LockTable = { user: null, script: null };
  const cards: CardRegistry = { functionNames: new Set() };
  let contexts = 0;

  /** A fresh set of globals for one vm context (one open sidebar), sharing every store. */
  function createContextGlobals(realm: Realm = HOST_REALM): ContextGlobals {
    const contextId = `context-${++contexts}`;
    const rt: Runtime = { clock, calls, faults, realm, contextId, logs, userEmail, userLocale, timeZone };
    const gmailApp = createGmailApp(rt, gmail);
    const logging = createLogging(rt);
    const globals = {
      GmailApp: gmailApp.app,
      CardService: createCardService(rt, cards),
      Calendar: createCalendarService(rt, calendar),
      PropertiesService: createPropertiesService(rt, stores),
      CacheService: createCacheService(rt, caches),
      LockService: createLockService(rt, locks),
      Session: createSession(rt),
      Utilities: createUtilities(rt),
      Logger: logging.Logger,
      console: logging.console,
    };
    const endExecution = () => {
      gmailApp.resetExecution();
      releaseLocksOf(locks, contextId);
    };
    return { globals, contextId, endExecution };
  }

  const main = createContextGlobals();
  return {
    globals: main.globals,
    createContextGlobals,
    endExecution: main.endExecution,
    calls,
    faults: {
      inject: (method: string, fault: FaultKind | Error, times = 1) => faults.inject(method, fault, times),
      clear: () => faults.clear(),
    },
    clock,
    logs,
    cards,
    gmail,
    calendar,
    properties: {
      user: () => stores.user.contents(),
      script: () => stores.script.contents(),
      bytesUsed: () => stores.user.bytesUsed(),
      limitBytes: STORE_LIMIT_BYTES,
      stores,
    },
    locks,
  };
}

export type Emulator = ReturnType<typeof createEmulator>;
export { validateCard, assertValidCard } from './card-schema';
export type { FaultKind } from './faults';
