// Schemas of composite values: objects (unknown keys dropped, or kept by looseObject), arrays, records,
// unions and optional fields.
import { Schema, invalid, type Infer, type Issue } from './schema';

type Shape = Readonly<Record<string, Schema<unknown>>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends OptionalSchema<unknown> ? K : never;
}[keyof S];
type Flat<T> = { [K in keyof T]: T[K] };
export type ObjectOf<S extends Shape> = Flat<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    [K in OptionalKeys<S>]?: Infer<S[K]>;
  }
>;

/** Marks a field that may be absent; its parsed type keeps `undefined` as zod's does. */
export class OptionalSchema<T> extends Schema<T | undefined> {
  readonly optionalBrand = true;
}

export function optional<T>(inner: Schema<T>): OptionalSchema<T> {
  return new OptionalSchema<T>(
    (value, path, issues) => (value === undefined ? undefined : inner.run(value, path, issues)),
    true,
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function objectSchema<S extends Shape, X>(shape: S, keepUnknown: boolean): Schema<ObjectOf<S> & X> {
  return new Schema((value, path, issues) => {
    if (!isRecord(value)) {
      issues.push({ path: [...path], message: invalid('object', value) });
      return value as ObjectOf<S> & X;
    }
    const out: Record<string, unknown> = keepUnknown ? { ...value } : {};
    for (const [key, field] of Object.entries(shape)) {
      const parsed = field.run(value[key], [...path, key], issues);
      if (parsed !== undefined || (key in value && !field.isOptional)) out[key] = parsed;
    }
    return out as ObjectOf<S> & X;
  });
}

/** An object of known fields; other keys are dropped, as zod's object does. */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return objectSchema<S, unknown>(shape, false);
}

/** An object whose other keys are kept: for event fields Google may add over time. */
export function looseObject<S extends Shape>(shape: S): Schema<ObjectOf<S> & Record<string, unknown>> {
  return objectSchema<S, Record<string, unknown>>(shape, true);
}

export function array<T>(item: Schema<T>): Schema<T[]> {
  return new Schema((value, path, issues) => {
    if (!Array.isArray(value)) {
      issues.push({ path: [...path], message: invalid('array', value) });
      return value as T[];
    }
    return value.map((entry, index) => item.run(entry, [...path, index], issues));
  });
}

export function record<T>(key: Schema<string>, item: Schema<T>): Schema<Record<string, T>> {
  return new Schema((value, path, issues) => {
    if (!isRecord(value)) {
      issues.push({ path: [...path], message: invalid('record', value) });
      return value as Record<string, T>;
    }
    const out: Record<string, T> = {};
    for (const [name, entry] of Object.entries(value)) {
      key.run(name, [...path, name], issues);
      out[name] = item.run(entry, [...path, name], issues);
    }
    return out;
  });
}

/** The first option that parses without issues wins; otherwise one "Invalid input" issue. */
export function union<const O extends readonly Schema<unknown>[]>(options: O): Schema<Infer<O[number]>> {
  return new Schema((value, path, issues) => {
    for (const option of options) {
      const trial: Issue[] = [];
      const parsed = option.run(value, path, trial);
      if (trial.length === 0) return parsed as Infer<O[number]>;
    }
    issues.push({ path: [...path], message: 'Invalid input' });
    return value as Infer<O[number]>;
  });
}
