// The JavaScript intrinsics values are built with, so a bundle in a vm context sees its own Date/Array.

export interface Realm {
  readonly Date: DateConstructor;
  readonly Error: ErrorConstructor;
  readonly Array: ArrayConstructor;
  readonly JSON: JSON;
}

export const HOST_REALM: Realm = { Date, Error, Array, JSON };

/** A deep copy of plain JSON data made with the realm's own Object/Array (instanceof checks pass). */
export function toRealm<T>(realm: Realm, value: T): T {
  return value === undefined ? value : (realm.JSON.parse(JSON.stringify(value)) as T);
}

export function realmArray<T>(realm: Realm, items: readonly T[]): T[] {
  return realm.Array.from(items);
}

export function realmDate(realm: Realm, ms: number): GoogleAppsScript.Base.Date {
  return new realm.Date(ms);
}
