// Brings stored settings of any earlier version to the current shape before the schema parses them.
import { LADDER_FIELDS, SETTINGS_VERSION } from '../core/settings';

type Json = Record<string, unknown>;

/**
 * Version 0 is the pre-versioned object of the first preview builds: no `version`, the ladder numbers at
 * the top level, aliases as one comma-separated string and the reminder time as `reminderHour` (0-23).
 */
function fromVersion0(v0: Json): Json {
  const { reminderHour, aliases, ...rest } = v0;
  const ladder: Json = {};
  for (const field of LADDER_FIELDS) {
    if (field in rest) ladder[field] = rest[field];
    delete rest[field];
  }
  const v1: Json = { ...rest, version: 1, ladder };
  if (typeof aliases === 'string') v1['aliases'] = aliases.split(/[\s,;]+/).filter(Boolean);
  else if (aliases !== undefined) v1['aliases'] = aliases;
  if (typeof reminderHour === 'number' && v1['reminderTime'] === undefined) {
    v1['reminderTime'] = `${String(reminderHour).padStart(2, '0')}:00`;
  }
  return v1;
}

const STEPS: Readonly<Record<number, (value: Json) => Json>> = { 0: fromVersion0 };

export interface Migrated {
  readonly value: Json;
  /** The version the stored value had. */
  readonly from: number;
}

/** Applies each step from the stored version up to SETTINGS_VERSION; a newer version is left as it is. */
export function migrateSettings(stored: Json): Migrated {
  const from = typeof stored['version'] === 'number' ? stored['version'] : 0;
  let value = stored;
  for (let version = from; version < SETTINGS_VERSION; version += 1) {
    const step = STEPS[version];
    if (!step) break;
    value = step(value);
  }
  return { value, from };
}
