// Reads and writes the user's settings in user properties, migrated then parsed by the zod schema.
import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, settingsSchema, type Settings } from '../core/settings';
import { migrateSettings } from './settings-migration';
import { writeProperties, type StoreSnapshot } from './property-writer';

export const SETTINGS_KEY = 'settings';

export interface LoadedSettings {
  readonly settings: Settings;
  /** Set when the stored value could not be used and defaults were applied (nothing is overwritten). */
  readonly problem: string | null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses the stored JSON; older versions are migrated, fields added later get their defaults. */
export function parseStoredSettings(raw: string | null | undefined): LoadedSettings {
  if (!raw) return { settings: DEFAULT_SETTINGS, problem: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { settings: DEFAULT_SETTINGS, problem: 'stored settings are not valid JSON' };
  }
  if (!isObject(json)) return { settings: DEFAULT_SETTINGS, problem: 'stored settings are not an object' };
  const { value } = migrateSettings(json);
  const ladder = { ...DEFAULT_SETTINGS.ladder, ...(isObject(value['ladder']) ? value['ladder'] : {}) };
  const merged = { ...DEFAULT_SETTINGS, ...value, ladder, version: SETTINGS_VERSION };
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success
    ? { settings: parsed.data, problem: null }
    : { settings: DEFAULT_SETTINGS, problem: z.prettifyError(parsed.error) };
}

/** Call under the user lock. */
export function saveSettings(snapshot: StoreSnapshot, settings: Settings): void {
  writeProperties(snapshot, { set: { [SETTINGS_KEY]: JSON.stringify(settings) } });
}
