// Every interface table has each string in it, en, es, fr, de: a missing or empty language fails here.
import { EVENT_CARD_STRINGS } from '../../../src/core/i18n/event-card-strings';
import { HELP_STRINGS } from '../../../src/core/i18n/help-strings';
import { REASON_STRINGS } from '../../../src/core/i18n/reason-strings';
import { REMINDER_STRINGS } from '../../../src/core/i18n/reminder-strings';
import { SETTINGS_STRINGS } from '../../../src/core/i18n/settings-strings';
import { TEXTS_STRINGS } from '../../../src/core/i18n/texts-strings';
import { TRACKING_STRINGS } from '../../../src/core/i18n/tracking-strings';
import { UI_STRINGS } from '../../../src/core/i18n/ui-strings';
import { UI_LANGUAGES, uiLanguageOf } from '../../../src/core/i18n/ui-language';

/** Each table is a function that builds it (on first use, in the bundle). */
const TABLES: Record<string, () => unknown> = {
  UI_STRINGS,
  REASON_STRINGS,
  SETTINGS_STRINGS,
  TRACKING_STRINGS,
  REMINDER_STRINGS,
  HELP_STRINGS,
  EVENT_CARD_STRINGS,
  TEXTS_STRINGS,
};

/** [path, row] for every row of five in a table. */
function rows(node: unknown, path: string): [string, unknown[]][] {
  if (Array.isArray(node)) return [[path, node]];
  if (node === null || typeof node !== 'object') return [[path, [node]]];
  return Object.entries(node).flatMap(([key, value]) => rows(value, `${path}.${key}`));
}

/** What a row gives in one language, with sample arguments for phrase functions. */
function sample(value: unknown): string {
  if (typeof value === 'function') return String(value(2, 'Marco', 'Tue 3 Dec', 'x'));
  if (Array.isArray(value)) return value.join(' ');
  return String(value);
}

const all = Object.entries(TABLES).flatMap(([name, table]) => rows(table(), name));

describe('interface tables', () => {
  it.each(all)('%s has a non-empty entry in each of the five languages', (_path, row) => {
    expect(row).toHaveLength(UI_LANGUAGES.length);
    for (const value of row) expect(sample(value).trim()).not.toBe('');
  });

  it.each(all)('%s takes the same arguments in every language', (_path, row) => {
    const kinds = new Set(row.map((v) => (typeof v === 'function' ? `fn` : typeof v)));
    expect(kinds.size).toBe(1);
  });

  it('leaves no placeholder or undefined in a phrase', () => {
    for (const [path, row] of all)
      for (const value of row)
        expect([path, sample(value)]).not.toEqual([path, expect.stringMatching(/undefined|\$\{|NaN/)]);
  });

  it('writes Spanish, French and German, not English copies, for most rows', () => {
    const strings = all.filter(([, row]) => typeof row[1] === 'string' && (row[1] as string).length > 12);
    const copied = strings.filter(([, row]) => row.slice(2).some((v) => v === row[1]));
    const expected = /home\.title|calendarHint/;
    expect(copied.map(([path]) => path).filter((path) => !expected.test(path))).toEqual([]);
  });
});

describe('uiLanguageOf', () => {
  it.each([
    ['it', 'it'],
    ['es-419', 'es'],
    ['fr_CA', 'fr'],
    ['de-AT', 'de'],
    ['en_GB', 'en'],
    ['pt-BR', 'en'],
    ['', 'en'],
  ])('reads the Gmail locale %s as the %s interface', (locale, language) => {
    expect(uiLanguageOf(locale)).toBe(language);
  });
});
