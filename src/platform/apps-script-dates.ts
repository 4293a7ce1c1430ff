// Apps Script side of the core's date port: local calendar dates through Utilities.formatDate.
import type { LocalDateOf } from '../core/types';

export const appsScriptLocalDateOf: LocalDateOf = (epochMs, timeZone) =>
  Utilities.formatDate(new Date(epochMs), timeZone, 'yyyy-MM-dd');
