// Reads and writes the user's settings in user properties, migrated then parsed field by field.
import * as z from '../core/schema';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, settingsSchema, type Settings } from '../core/settings';
import { migrateSettings } from './settings-migration';
import { writeProperties, type StoreSnapshot } from './property-writer';

export const SETTINGS_KEY = 'settings';

export interface LoadedSettings {
  readonly settings: Settings;
  /** Set when some stored value could not be used and defaults were applied (nothing is overwritten). */
  readonly problem: string | null;
  /** The fields that got their default ('ladder' numbers by their own name); ['settings'] when all did. */
  readonly resetFields: readonly string[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const allDefaults = (problem: string): LoadedSettings => ({
  settings: DEFAULT_SETTINGS,
  problem,
  resetFields: ['settings'],
});

/** Puts the default back in the field an issue points at; returns its name, or null if it has none. */
function resetField(candidate: Json, path: readonly PropertyKey[]): string | null {
  const [top, inner] = path.map(String);
  if (top === 'ladder' && inner !== undefined && inner in DEFAULT_SETTINGS.ladder) {
    const ladder = candidate['ladder'] as Json;
    ladder[inner] = DEFAULT_SETTINGS.ladder[inner as keyof Settings['ladder']];
    return inner;
  }
  if (top === undefined || top === 'ladder' || !(top in DEFAULT_SETTINGS)) return null;
  candidate[top] = DEFAULT_SETTINGS[top as keyof Settings];
  return top;
}

/**
 * One bad field (a hand-edited value, a bound tightened by a later release) gets its default alone: the
 * others are kept, so the next Save cannot overwrite them with defaults.
 */
function parseByField(candidate: Json): LoadedSettings {
  const reset: string[] = [];
  const problems: string[] = [];
  // The schema reports every failing field at once: one round of resets is enough, a second is a safety net.
  for (let round = 0; round < 3; round += 1) {
    const parsed = settingsSchema.safeParse(candidate);
    if (parsed.success) {
      return { settings: parsed.data, problem: problems.join('\n') || null, resetFields: reset };
    }
    problems.push(z.prettifyError(parsed.error));
    for (const issue of parsed.error.issues) {
      const field = resetField(candidate, issue.path);
      if (field === null) return allDefaults(problems.join('\n'));
      if (!reset.includes(field)) reset.push(field);
    }
  }
  return allDefaults(problems.join('\n'));
}

/** Parses the stored JSON; older versions are migrated, fields added later get their defaults. */
export function parseStoredSettings(raw: string | null | undefined): LoadedSettings {
  if (!raw) return { settings: DEFAULT_SETTINGS, problem: null, resetFields: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return allDefaults('stored settings are not valid JSON');
  }
  if (!isObject(json)) return allDefaults('stored settings are not an object');
  const { value } = migrateSettings(json);
  const ladder = { ...DEFAULT_SETTINGS.ladder, ...(isObject(value['ladder']) ? value['ladder'] : {}) };
  return parseByField({ ...DEFAULT_SETTINGS, ...value, ladder, version: SETTINGS_VERSION });
}

/** Call under the user lock. */
export function saveSettings(snapshot: StoreSnapshot, settings: Settings): void {
  writeProperties(snapshot, { set: { [SETTINGS_KEY]: JSON.stringify(settings) } });
}
