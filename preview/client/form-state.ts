// The values of a card's inputs, kept as the user edits them, sent as Google's `formInputs`.

export type FormInput =
  | { readonly stringInputs: { readonly value: readonly string[] } }
  | { readonly dateInput: { readonly msSinceEpoch: string } };

type Value =
  | { readonly kind: 'strings'; readonly values: readonly string[] }
  | { readonly kind: 'date'; readonly ms: number };

export class FormState {
  private readonly values = new Map<string, Value>();

  setText(name: string, value: string): void {
    this.values.set(name, { kind: 'strings', values: [value] });
  }

  /** Dropdown and radio: exactly the chosen value. */
  choose(name: string, value: string): void {
    this.values.set(name, { kind: 'strings', values: [value] });
  }

  /** Checkbox and switch: a set of values; an empty set leaves the field out, as Gmail does. */
  toggle(name: string, value: string, on: boolean): void {
    const current = this.values.get(name);
    const list = current?.kind === 'strings' ? current.values.filter((v) => v !== value) : [];
    const next = on ? [...list, value] : list;
    if (next.length === 0) this.values.delete(name);
    else this.values.set(name, { kind: 'strings', values: next });
  }

  /** A date picker's day as UTC midnight milliseconds. */
  setDate(name: string, ms: number): void {
    this.values.set(name, { kind: 'date', ms });
  }

  clear(): void {
    this.values.clear();
  }

  toFormInputs(): Record<string, FormInput> {
    const out: Record<string, FormInput> = {};
    for (const [name, value] of this.values) {
      out[name] =
        value.kind === 'date'
          ? { dateInput: { msSinceEpoch: String(value.ms) } }
          : { stringInputs: { value: [...value.values] } };
    }
    return out;
  }
}

/** '2026-11-27' (an <input type=date> value) → UTC midnight ms; null when empty or invalid. */
export function dateValueToMs(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** UTC midnight ms → '2026-11-27' for an <input type=date>. */
export function msToDateValue(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
