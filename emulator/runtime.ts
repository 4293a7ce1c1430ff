// What every emulated service shares: the clock, the call log, faults and the realm of its context.
import type { CallKind, CallLog } from './call-log';
import type { Clock } from './clock';
import type { Faults } from './faults';
import type { Realm } from './realm';

export interface Runtime {
  readonly clock: Clock;
  readonly calls: CallLog;
  readonly faults: Faults;
  readonly realm: Realm;
  /** Identifies the vm context (one sidebar), for locks held across contexts. */
  readonly contextId: string;
  readonly logs: string[];
  readonly userEmail: string;
  readonly userLocale: string;
  readonly timeZone: string;
}

/** Records the call, throws an injected fault if one is pending, then runs the real work. */
export function invoke<T>(rt: Runtime, name: string, kind: CallKind, work: () => T): T {
  rt.calls.record(name, kind);
  rt.faults.check(rt.realm, name);
  return work();
}
