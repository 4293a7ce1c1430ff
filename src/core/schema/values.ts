// Schemas of single values (strings, numbers, booleans, literals, enums, e-mail addresses) and the
// refinements that `.check()` takes, with zod's wording.
import { primitive, type Check, type Schema } from './schema';

export const string = (): Schema<string> => primitive('string', (v) => typeof v === 'string');
/** Finite numbers only, as zod: NaN and Infinity are refused. */
export const number = (): Schema<number> =>
  primitive('number', (v) => typeof v === 'number' && Number.isFinite(v));
export const int = (): Schema<number> => primitive('int', (v) => Number.isSafeInteger(v));
export const boolean = (): Schema<boolean> => primitive('boolean', (v) => typeof v === 'boolean');

export function literal<const T extends string | number | boolean>(expected: T): Schema<T> {
  return primitive(JSON.stringify(expected), (v) => v === expected);
}

export function enum_<const T extends readonly string[]>(options: T): Schema<T[number]> {
  return primitive(`one of ${options.map((o) => JSON.stringify(o)).join('|')}`, (v) =>
    options.includes(v as string),
  );
}

// zod's own e-mail pattern (its default, "html5-like" is looser): dots not leading nor doubled.
const EMAIL =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
export const email = (): Schema<string> =>
  primitive('email address', (v) => typeof v === 'string' && EMAIL.test(v));

export const gte =
  (min: number): Check<number> =>
  (v) =>
    v >= min ? null : `Too small: expected number to be >=${min}`;
export const lte =
  (max: number): Check<number> =>
  (v) =>
    v <= max ? null : `Too big: expected number to be <=${max}`;
export const minLength =
  (min: number): Check<{ readonly length: number }> =>
  (v) =>
    v.length >= min ? null : `Too small: expected length to be >=${min}`;
export const maxLength =
  (max: number): Check<{ readonly length: number }> =>
  (v) =>
    v.length <= max ? null : `Too big: expected length to be <=${max}`;
export const regex =
  (pattern: RegExp): Check<string> =>
  (v) =>
    pattern.test(v) ? null : `Invalid string: must match pattern ${pattern}`;
