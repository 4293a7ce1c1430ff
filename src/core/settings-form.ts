// Turns the Settings card's form inputs into validated Settings, naming the first field that is wrong.
import { HOLIDAY_COUNTRIES } from './holidays/holiday-calendars';
import { LADDER_FIELDS, NO_HOLIDAYS, settingsSchema, type Settings } from './settings';

export type SettingsFormResult =
  | { readonly ok: true; readonly settings: Settings }
  | {
      readonly ok: false;
      readonly field: string;
      readonly detail: string;
      /** What the user entered, unvalidated: the card shows it again so that nothing typed is lost. */
      readonly entered: Settings;
    };

type Inputs = Readonly<Record<string, readonly string[]>>;

/** The holiday dropdown's value for "the country of my locale", stored as ''. */
export const LOCALE_COUNTRY_OPTION = 'auto';
type Switch = 'colleaguesCountAsMe' | 'emailReminder';

const first = (inputs: Inputs, name: string): string | undefined => inputs[name]?.[0]?.trim();

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,;]+/)
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * Plain decimal digits only: "3", "1,5" and "1.5" alike. Number() would also take "0x10", "1e1" or " 3 ";
 * anything but digits with one optional decimal mark becomes NaN, which the schema refuses by field.
 */
function number(value: string): number {
  return /^\d+([.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : Number.NaN;
}

/** 'auto' → '' (my locale's country), 'none' stays, a country code is upper-cased. */
function holidayCountry(value: string | undefined, current: string): string {
  if (value === undefined) return current;
  const lower = value.toLowerCase();
  if (lower === LOCALE_COUNTRY_OPTION) return '';
  if (lower === NO_HOLIDAYS) return NO_HOLIDAYS;
  // Only the countries the dropdown offers ("ZZ" is two letters, but no country): others fail the schema.
  const code = value.toUpperCase();
  return HOLIDAY_COUNTRIES.includes(code) ? code : `?${code}`;
}

function ladderFrom(inputs: Inputs, current: Settings['ladder']): Record<string, number> {
  const out: Record<string, number> = { ...current };
  for (const field of LADDER_FIELDS) {
    const value = first(inputs, field);
    if (value !== undefined) out[field] = number(value);
  }
  return out;
}

/**
 * Fields missing from the form keep their current value, except on a `complete` form (the Settings card):
 * Gmail sends nothing for an unchecked switch or checkbox group, so there a missing one means off / none.
 */
export function parseSettingsForm(inputs: Inputs, current: Settings, complete = false): SettingsFormResult {
  // Gmail may omit an emptied text input: on the full card, an absent name or alias list was cleared.
  const cleared = (name: string, fallback: string) => first(inputs, name) ?? (complete ? '' : fallback);
  const flag = (name: Switch) =>
    inputs[name] ? inputs[name].includes('true') : complete ? false : current[name];
  const days = inputs['workingDays']
    ? inputs['workingDays'].map(Number)
    : complete
      ? []
      : current.workingDays;
  const candidate = {
    ...current,
    myName: cleared('myName', current.myName),
    aliases: inputs['aliases'] || complete ? list(first(inputs, 'aliases')) : current.aliases,
    colleaguesCountAsMe: flag('colleaguesCountAsMe'),
    workingDays: [...new Set(days)].sort((a, b) => a - b),
    reminderTime: first(inputs, 'reminderTime') ?? current.reminderTime,
    holidayCountry: holidayCountry(first(inputs, 'holidayCountry'), current.holidayCountry),
    ladder: ladderFrom(inputs, current.ladder),
    tone: first(inputs, 'tone') ?? current.tone,
    language: first(inputs, 'language') ?? current.language,
    emailReminder: flag('emailReminder'),
    // The card shows the main calendar as an empty field: empty (or cleared) means 'primary'.
    calendarId: cleared('calendarId', current.calendarId) || 'primary',
  };
  // Nudges are signed with this name: an empty one would sign them by nobody, so the card refuses it.
  const entered = candidate as Settings;
  if (complete && candidate.myName === '') return { ok: false, field: 'myName', detail: 'empty', entered };
  const parsed = settingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  const path = (issue?.path ?? []).map(String).filter((part) => !/^\d+$/.test(part));
  const field = path[path.length - 1] ?? 'settings';
  return { ok: false, field, detail: issue?.message ?? 'invalid', entered };
}
