// Turns the Settings card's form inputs into validated Settings, naming the first field that is wrong.
import * as z from 'zod/mini';
import { settingsSchema, type Settings } from './settings';

export type SettingsFormResult =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly field: string; readonly message: string };

const first = (inputs: Readonly<Record<string, readonly string[]>>, name: string): string | undefined =>
  inputs[name]?.[0]?.trim();

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,;]+/)
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
}

/** Fields missing from the form keep their current value. */
export function parseSettingsForm(
  inputs: Readonly<Record<string, readonly string[]>>,
  current: Settings,
): SettingsFormResult {
  const candidate = {
    ...current,
    myName: first(inputs, 'myName') ?? current.myName,
    aliases: inputs['aliases'] ? list(first(inputs, 'aliases')) : current.aliases,
    tone: first(inputs, 'tone') ?? current.tone,
    language: first(inputs, 'language') ?? current.language,
    reminderTime: first(inputs, 'reminderTime') ?? current.reminderTime,
  };
  const parsed = settingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'settings';
  return { ok: false, field, message: issue?.message ?? z.prettifyError(parsed.error) };
}
