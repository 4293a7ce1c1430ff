// CacheService: 600 s default expiry, 21600 s maximum, 100 KB per value, 250-character keys, on the emulator clock.
import { exception } from '../errors';
import { toRealm } from '../realm';
import { invoke, type Runtime } from '../runtime';

export const DEFAULT_EXPIRY_S = 600;
export const MAX_EXPIRY_S = 21600;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_KEY_LIMIT = 250;

export class CacheStore {
  readonly entries = new Map<string, { value: string; expiresAt: number }>();
}

export interface CacheStores {
  readonly user: CacheStore;
  readonly script: CacheStore;
}

function wrapCache(rt: Runtime, store: CacheStore) {
  const remote = <T>(method: string, work: () => T): T => invoke(rt, `Cache.${method}`, 'remote', work);
  const read = (key: string): string | null => {
    const entry = store.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= rt.clock.now) {
      store.entries.delete(key);
      return null;
    }
    return entry.value;
  };
  const write = (key: string, value: unknown, seconds?: number) => {
    const k = String(key);
    const v = String(value);
    if (k.length > CACHE_KEY_LIMIT) throw exception(rt.realm, 'Argument too large: key');
    if (Buffer.byteLength(v, 'utf8') > CACHE_VALUE_LIMIT)
      throw exception(rt.realm, 'Argument too large: value');
    // The documented maximum is 6 hours; longer requests are silently capped, as the real cache does.
    const ttl = Math.min(seconds ?? DEFAULT_EXPIRY_S, MAX_EXPIRY_S);
    store.entries.set(k, { value: v, expiresAt: rt.clock.now + ttl * 1000 });
  };
  return {
    get: (key: string) => remote('get', () => read(String(key))),
    getAll: (keys: string[]) =>
      remote('getAll', () => {
        const out: Record<string, string> = {};
        for (const k of keys) {
          const v = read(String(k));
          if (v !== null) out[String(k)] = v;
        }
        return toRealm(rt.realm, out);
      }),
    put: (key: string, value: string, seconds?: number) => remote('put', () => write(key, value, seconds)),
    putAll: (values: Record<string, string>, seconds?: number) =>
      remote('putAll', () => Object.entries(values).forEach(([k, v]) => write(k, v, seconds))),
    remove: (key: string) => remote('remove', () => void store.entries.delete(String(key))),
    removeAll: (keys: string[]) =>
      remote('removeAll', () => keys.forEach((k) => store.entries.delete(String(k)))),
  };
}

export function createCacheService(rt: Runtime, stores: CacheStores) {
  const local = <T>(method: string, work: () => T): T => invoke(rt, `CacheService.${method}`, 'local', work);
  return {
    getUserCache: () => local('getUserCache', () => wrapCache(rt, stores.user)),
    getScriptCache: () => local('getScriptCache', () => wrapCache(rt, stores.script)),
    getDocumentCache: () => local('getDocumentCache', () => null),
  };
}
