// Interface strings as rows of five languages (it, en, es, fr, de), picked per language at run time.
// A row is written once, its five translations side by side: a missing language is a compile error
// (five() takes exactly five) and tests/core/i18n checks every table row by row.
import type { UiLanguage } from './ui-language';

/** One string (or phrase function) in it, en, es, fr, de: that order, always. */
export type Five<V> = readonly [V, V, V, V, V];

export const five = <V>(it: V, en: V, es: V, fr: V, de: V): Five<V> => [it, en, es, fr, de];

/** A table of rows (and nested groups of rows) seen in one language; a table built on first use too. */
export type Picked<T> =
  T extends Five<infer V>
    ? V
    : T extends () => infer R
      ? Picked<R>
      : T extends object
        ? { readonly [K in keyof T]: Picked<T[K]> }
        : T;

const INDEX: Readonly<Record<UiLanguage, number>> = { it: 0, en: 1, es: 2, fr: 3, de: 4 };

function pickAt(node: unknown, index: number): unknown {
  if (Array.isArray(node)) return node[index];
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) out[key] = pickAt(value, index);
  return out;
}

/**
 * The table in one language, built once per language (tables are constant). A table is a function that
 * builds it: every Apps Script callback loads the whole bundle afresh, so a table costs nothing (no
 * rows, closures or decoded strings) until a callback first reads it, and only the tables it reads.
 */
export function picker<T extends object>(table: () => T): (language: UiLanguage) => Picked<T> {
  const cache: Partial<Record<UiLanguage, Picked<T>>> = {};
  let rows: T | undefined;
  return (language) => (cache[language] ??= pickAt((rows ??= table()), INDEX[language] ?? 1) as Picked<T>);
}

/** "1 day" / "2 days"; French counts 0 and 1 as singular. */
export const count = (n: number, one: string, many: string, frenchRule = false): string =>
  `${n} ${n === 1 || (frenchRule && n === 0) ? one : many}`;
