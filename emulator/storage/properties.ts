// PropertiesService with the documented quotas: 9 KB per value, 500 KB per store (keys + values, UTF-8).
import { exception, MESSAGES } from '../errors';
import { toRealm } from '../realm';
import { invoke, type Runtime } from '../runtime';

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** One store's contents; shared by every vm context created from the same emulator. */
export class PropertyStore {
  readonly data = new Map<string, string>();

  bytesUsed(): number {
    let total = 0;
    for (const [k, v] of this.data) total += utf8(k) + utf8(v);
    return total;
  }

  contents(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
}

export interface PropertyStores {
  readonly user: PropertyStore;
  readonly script: PropertyStore;
  readonly document: PropertyStore;
}

export function createStores(): PropertyStores {
  return { user: new PropertyStore(), script: new PropertyStore(), document: new PropertyStore() };
}

/** Applies the writes to a copy first, so a write over quota changes nothing. */
function commit(rt: Runtime, store: PropertyStore, writes: [string, string][], clearFirst: boolean): void {
  const next = new Map(clearFirst ? [] : store.data);
  for (const [key, value] of writes) {
    if (utf8(value) > VALUE_LIMIT_BYTES) throw exception(rt.realm, MESSAGES.valueTooLarge);
    next.set(key, value);
  }
  let total = 0;
  for (const [k, v] of next) total += utf8(k) + utf8(v);
  if (total > STORE_LIMIT_BYTES) throw exception(rt.realm, MESSAGES.storeFull);
  store.data.clear();
  for (const [k, v] of next) store.data.set(k, v);
}

function wrapStore(rt: Runtime, store: PropertyStore) {
  const remote = <T>(method: string, work: () => T): T => invoke(rt, `Properties.${method}`, 'remote', work);
  const self = {
    getProperty: (key: string) => remote('getProperty', () => store.data.get(String(key)) ?? null),
    getProperties: () => remote('getProperties', () => toRealm(rt.realm, store.contents())),
    getKeys: () => remote('getKeys', () => rt.realm.Array.from(store.data.keys())),
    setProperty: (key: string, value: unknown) =>
      remote('setProperty', () => {
        commit(rt, store, [[String(key), String(value)]], false);
        return self;
      }),
    setProperties: (properties: Record<string, unknown>, deleteAllOthers?: boolean) =>
      remote('setProperties', () => {
        const writes = Object.entries(properties).map(([k, v]): [string, string] => [k, String(v)]);
        commit(rt, store, writes, deleteAllOthers === true);
        return self;
      }),
    deleteProperty: (key: string) =>
      remote('deleteProperty', () => {
        store.data.delete(String(key));
        return self;
      }),
    deleteAllProperties: () =>
      remote('deleteAllProperties', () => {
        store.data.clear();
        return self;
      }),
  };
  return self;
}

export function createPropertiesService(rt: Runtime, stores: PropertyStores) {
  const local = <T>(method: string, work: () => T): T =>
    invoke(rt, `PropertiesService.${method}`, 'local', work);
  return {
    getUserProperties: () => local('getUserProperties', () => wrapStore(rt, stores.user)),
    getScriptProperties: () => local('getScriptProperties', () => wrapStore(rt, stores.script)),
    getDocumentProperties: () => local('getDocumentProperties', () => wrapStore(rt, stores.document)),
  };
}
