// LockService: one user lock and one script lock, owned by a vm context until released or the execution ends.
import { exception, MESSAGES } from '../errors';
import { invoke, type Runtime } from '../runtime';

/** Which context holds each lock; shared by every context of one emulator. */
export interface LockTable {
  user: string | null;
  script: string | null;
}

function wrapLock(rt: Runtime, table: LockTable, which: 'user' | 'script') {
  const acquire = () => {
    if (table[which] !== null && table[which] !== rt.contextId) return false;
    table[which] = rt.contextId;
    return true;
  };
  // Contexts run one call at a time, so a lock held elsewhere cannot be freed while we wait:
  // tryLock answers false and waitLock times out at once instead of sleeping.
  return {
    tryLock: (_timeoutInMillis: number) => invoke(rt, 'Lock.tryLock', 'remote', acquire),
    waitLock: (_timeoutInMillis: number) =>
      invoke(rt, 'Lock.waitLock', 'remote', () => {
        if (!acquire()) throw exception(rt.realm, MESSAGES.lockTimeout);
      }),
    hasLock: () => invoke(rt, 'Lock.hasLock', 'local', () => table[which] === rt.contextId),
    releaseLock: () =>
      invoke(rt, 'Lock.releaseLock', 'remote', () => {
        if (table[which] === rt.contextId) table[which] = null;
      }),
  };
}

export function createLockService(rt: Runtime, table: LockTable) {
  const local = <T>(method: string, work: () => T): T => invoke(rt, `LockService.${method}`, 'local', work);
  return {
    getUserLock: () => local('getUserLock', () => wrapLock(rt, table, 'user')),
    getScriptLock: () => local('getScriptLock', () => wrapLock(rt, table, 'script')),
    getDocumentLock: () => local('getDocumentLock', () => null),
  };
}

/** Apps Script releases every lock a script holds when its execution ends. */
export function releaseLocksOf(table: LockTable, contextId: string): void {
  if (table.user === contextId) table.user = null;
  if (table.script === contextId) table.script = null;
}
