// Reads and writes the user's settings in user properties, parsed by the zod schema at the boundary.
import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../core/settings';

export const SETTINGS_KEY = 'settings';

export interface LoadedSettings {
  readonly settings: Settings;
  /** Set when the stored value could not be used and defaults were applied (nothing is overwritten). */
  readonly problem: string | null;
}

/** Parses the stored JSON; fields added in later versions get their defaults. */
export function parseStoredSettings(raw: string | null | undefined): LoadedSettings {
  if (!raw) return { settings: DEFAULT_SETTINGS, problem: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { settings: DEFAULT_SETTINGS, problem: 'stored settings are not valid JSON' };
  }
  const merged = { ...DEFAULT_SETTINGS, ...(json as object), version: DEFAULT_SETTINGS.version };
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success
    ? { settings: parsed.data, problem: null }
    : { settings: DEFAULT_SETTINGS, problem: z.prettifyError(parsed.error) };
}
