// Wording of the Settings card and of its refusals, from src/core/i18n/settings-strings.ts, with the ladder
// hints and refusals built from one table of limits (the bounds the schema checks).
import { picker } from '../i18n/five';
import { decimal } from '../i18n/format-date';
import { SETTINGS_STRINGS } from '../i18n/settings-strings';
import type { UiLanguage } from '../i18n';
import { DEFAULT_SETTINGS, LADDER_FIELDS, LADDER_LIMITS, TEXT_LIMITS, type LadderField } from '../settings';

const strings = picker(SETTINGS_STRINGS);

function build(language: UiLanguage) {
  const s = strings(language);
  const hints = {} as Record<LadderField, string>;
  const ladderProblems = {} as Record<LadderField, string>;
  for (const field of LADDER_FIELDS) {
    const { min, max, integer } = LADDER_LIMITS[field];
    const shown = decimal(DEFAULT_SETTINGS.ladder[field], language);
    hints[field] = s.ladder.hint(min, max, shown);
    ladderProblems[field] = integer ? s.ladder.whole(min, max, shown) : s.ladder.decimal(min, max, shown);
  }
  const p = s.problems;
  return {
    ...s,
    weekdays: s.weekdays.split(' '),
    hints: { calendarId: s.calendarHint, ...hints },
    problems: {
      ...p,
      myName: p.myName(TEXT_LIMITS.myNameLength),
      aliases: p.aliases(TEXT_LIMITS.aliasCount),
      colleaguesCountAsMe: p.onOff,
      emailReminder: p.onOff,
      ...ladderProblems,
    },
    reset: (fields: readonly string[]) => s.reset(fields.includes('settings') ? '' : fields.join('; ')),
  };
}

export type SettingsText = ReturnType<typeof build>;

const cache: Partial<Record<UiLanguage, SettingsText>> = {};

export const settingsText = (language: UiLanguage): SettingsText => (cache[language] ??= build(language));
