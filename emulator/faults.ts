// Fault injection: the next N calls of one method throw the error the real service throws for that case.
import { exception, jsonResponseError, MESSAGES } from './errors';
import type { Realm } from './realm';

/**
 * 'gone': 410 "Resource has been deleted" (an event removed meanwhile); 'rate-limit': 429 "Rate Limit
 * Exceeded"; 'backend': 500 "Backend Error" (Calendar API reference, "Handle API errors").
 */
export type FaultKind =
  | 'quota'
  | 'not-found'
  | 'gone'
  | 'rate-limit'
  | 'backend'
  | 'lock-timeout'
  | 'storage-full'
  | 'value-too-large';

interface Pending {
  fault: FaultKind | Error;
  remaining: number;
}

/** 'Calendar.Events.insert' -> 'calendar.events.insert', the REST name in the error text. */
function restName(method: string): string {
  return method.toLowerCase();
}

function serviceOf(method: string): string {
  const service = method.split('.')[0]!.toLowerCase();
  return service.startsWith('gmail') ? 'gmail' : service;
}

export function faultError(realm: Realm, method: string, fault: FaultKind): Error {
  const advanced = method.startsWith('Calendar.');
  // The advanced service answers a usage limit as JSON with its HTTP status; the built-in ones throw text.
  const overQuota = (status: number): Error =>
    advanced
      ? jsonResponseError(
          realm,
          restName(method),
          status,
          'Rate Limit Exceeded',
          'rateLimitExceeded',
          'usageLimits',
        )
      : exception(realm, MESSAGES.quota(serviceOf(method)));
  switch (fault) {
    case 'quota':
      return overQuota(403);
    case 'not-found':
      return advanced
        ? jsonResponseError(realm, restName(method), 404, 'Not Found', 'notFound')
        : exception(realm, 'Invalid argument: id');
    case 'gone':
      return advanced
        ? jsonResponseError(realm, restName(method), 410, 'Resource has been deleted', 'deleted')
        : exception(realm, 'Invalid argument: id');
    case 'rate-limit':
      return overQuota(429);
    case 'backend':
      return advanced
        ? jsonResponseError(realm, restName(method), 500, 'Backend Error', 'backendError')
        : exception(realm, "We're sorry, a server error occurred. Please wait a bit and try again.");
    case 'value-too-large':
      return exception(realm, MESSAGES.valueTooLarge);
    case 'lock-timeout':
      return exception(realm, MESSAGES.lockTimeout);
    case 'storage-full':
      return advanced
        ? jsonResponseError(realm, restName(method), 403, 'Quota Exceeded', 'quotaExceeded', 'usageLimits')
        : exception(realm, MESSAGES.storeFull);
  }
}

export class Faults {
  private readonly pending = new Map<string, Pending[]>();
  private readonly hooks = new Map<string, (() => void)[]>();

  /**
   * Runs `work` once, just before the next call of `method`: another execution acting in between (a second
   * sidebar), or a fault armed for a later call only.
   */
  before(method: string, work: () => void): void {
    this.hooks.set(method, [...(this.hooks.get(method) ?? []), work]);
  }

  /** The next `times` calls of `method` (e.g. 'Calendar.Events.insert') throw. */
  inject(method: string, fault: FaultKind | Error, times = 1): void {
    const list = this.pending.get(method) ?? [];
    list.push({ fault, remaining: times });
    this.pending.set(method, list);
  }

  clear(): void {
    this.pending.clear();
    this.hooks.clear();
  }

  /** Throws the injected fault for this call, if any is pending. */
  check(realm: Realm, method: string): void {
    const hook = this.hooks.get(method)?.shift();
    if (hook) hook();
    const list = this.pending.get(method);
    const head = list?.[0];
    if (!list || !head) return;
    head.remaining -= 1;
    if (head.remaining <= 0) list.shift();
    throw head.fault instanceof Error ? head.fault : faultError(realm, method, head.fault);
  }
}
