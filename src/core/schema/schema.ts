// A small runtime schema kit with zod/mini's names (object, optional, union, check…), for the event and
// settings boundaries: the add-on uses 16 of zod's functions, and zod/mini cost 26 KB of the 190 KB bundle.
export interface Issue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: { readonly issues: readonly Issue[] } };

/** A refinement: the message of the problem, or null when the value passes. */
export type Check<T> = (value: T) => string | null;

type Run<T> = (value: unknown, path: (string | number)[], issues: Issue[]) => T;

export class Schema<T> {
  constructor(
    readonly run: Run<T>,
    readonly isOptional = false,
  ) {}

  /** The same schema with refinements run after its own parse succeeded. */
  check(...checks: readonly Check<T>[]): Schema<T> {
    return new Schema<T>((value, path, issues) => {
      const before = issues.length;
      const parsed = this.run(value, path, issues);
      if (issues.length > before) return parsed;
      for (const check of checks) {
        const message = check(parsed);
        if (message !== null) issues.push({ path: [...path], message });
      }
      return parsed;
    }, this.isOptional);
  }

  safeParse(value: unknown): SafeParseResult<T> {
    const issues: Issue[] = [];
    const data = this.run(value, [], issues);
    return issues.length === 0 ? { success: true, data } : { success: false, error: { issues } };
  }
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** A schema that reports `expected` unless `test` holds; the value passes through unchanged. */
export function primitive<T>(expected: string, test: (value: unknown) => boolean): Schema<T> {
  return new Schema<T>((value, path, issues) => {
    if (!test(value)) issues.push({ path: [...path], message: invalid(expected, value) });
    return value as T;
  });
}

export function invalid(expected: string, value: unknown): string {
  const received = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return `Invalid input: expected ${expected}, received ${received}`;
}

/** zod's prettifyError layout: one "✖ message" line per issue, with "→ at path" under it. */
export function prettifyError(error: { readonly issues: readonly Issue[] }): string {
  return error.issues
    .map((issue) => {
      const at = issue.path.length > 0 ? `\n  → at ${issue.path.join('.')}` : '';
      return `✖ ${issue.message}${at}`;
    })
    .join('\n');
}
