// Apps Script side of the core's date port: local calendar dates through Utilities.formatDate.
import type { LocalDateOf } from '../core/types';

export const appsScriptLocalDateOf: LocalDateOf = (epochMs, timeZone) =>
  Utilities.formatDate(new Date(epochMs), timeZone, 'yyyy-MM-dd');

/** 'HH:mm' of an instant in a time zone (a local call, no round trip). */
export function appsScriptTimeOf(epochMs: number, timeZone: string): string {
  return Utilities.formatDate(new Date(epochMs), timeZone, 'HH:mm');
}
