// createEmulator: the Apps Script services an add-on bundle needs, with shared state, call log and faults.
import type { MailThread } from '../mail/parsed-mail';
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

/** Everything the contexts of one emulator share: one Google account seen from several sidebars. */
function createSharedState(options: EmulatorOptions) {
  const userEmail = options.userEmail ?? 'giulia.rossi@studio-rossi.it';
  const timeZone = options.timeZone ?? 'Europe/Rome';
  const gmail = new GmailState();
  for (const t of options.threads ?? []) gmail.addThread(t);
  return {
    userEmail,
    timeZone,
    userLocale: options.userLocale ?? 'it',
    clock: new Clock(options.now ?? Date.UTC(2024, 4, 6, 8, 0)),
    calls: new CallLog(),
    faults: new Faults(),
    logs: [] as string[],
    gmail,
    calendar: new CalendarState(userEmail, timeZone),
    stores: createStores(),
    caches: { user: new CacheStore(), script: new CacheStore() },
    locks: { user: null, script: null } as LockTable,
    cards: { functionNames: new Set() } as CardRegistry,
  };
}

type SharedState = ReturnType<typeof createSharedState>;

/** A fresh set of globals for one vm context (one open sidebar), sharing every store. */
function globalsFactory(shared: SharedState) {
  let contexts = 0;
  return (realm: Realm = HOST_REALM): ContextGlobals => {
    const contextId = `context-${++contexts}`;
    const { clock, calls, faults, logs, userEmail, userLocale, timeZone } = shared;
    const rt: Runtime = { clock, calls, faults, realm, contextId, logs, userEmail, userLocale, timeZone };
    const gmailApp = createGmailApp(rt, shared.gmail);
    const logging = createLogging(rt);
    const globals = {
      GmailApp: gmailApp.app,
      CardService: createCardService(rt, shared.cards),
      Calendar: createCalendarService(rt, shared.calendar),
      PropertiesService: createPropertiesService(rt, shared.stores),
      CacheService: createCacheService(rt, shared.caches),
      LockService: createLockService(rt, shared.locks),
      Session: createSession(rt),
      Utilities: createUtilities(rt),
      Logger: logging.Logger,
      console: logging.console,
    };
    const endExecution = () => {
      gmailApp.resetExecution();
      releaseLocksOf(shared.locks, contextId);
    };
    return { globals, contextId, endExecution };
  };
}

export function createEmulator(options: EmulatorOptions = {}) {
  const shared = createSharedState(options);
  const { calls, faults, clock, logs, cards, gmail, calendar, stores, locks } = shared;
  const createContextGlobals = globalsFactory(shared);
  const main = createContextGlobals();
  return {
    globals: main.globals,
    createContextGlobals,
    endExecution: main.endExecution,
    calls,
    faults: {
      inject: (method: string, fault: FaultKind | Error, times = 1) => faults.inject(method, fault, times),
      clear: () => faults.clear(),
      before: (method: string, work: () => void) => faults.before(method, work),
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
