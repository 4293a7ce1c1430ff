// The Settings form refuses numbers that are not plain decimal digits and countries outside the list.
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parseSettingsForm } from '../../src/core/settings-form';

const form = (inputs: Record<string, string>) =>
  parseSettingsForm(Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, [v]])), DEFAULT_SETTINGS);

describe('the Settings form', () => {
  it.each(['0x10', '1e1', '3 days', '-3', '+4', '3.'])(
    'refuses "%s" as a number of working days',
    (value) => {
      expect(form({ firstWaitWorkingDays: value })).toMatchObject({
        ok: false,
        field: 'firstWaitWorkingDays',
      });
    },
  );

  it.each([
    ['4', 4],
    ['1,5', 1.5],
    ['1.5', 1.5],
  ])('reads "%s" as %s', (value, expected) => {
    const result = form({ typicalReplyFactor: value });
    expect(result.ok && result.settings.ladder.typicalReplyFactor).toBe(expected);
  });

  it('refuses an empty name on the Settings card: the nudges would be signed by nobody', () => {
    const inputs = { myName: [''], workingDays: ['1'] };
    expect(parseSettingsForm(inputs, DEFAULT_SETTINGS, true)).toMatchObject({ ok: false, field: 'myName' });
    const named = parseSettingsForm({ ...inputs, myName: ['Giulia'] }, DEFAULT_SETTINGS, true);
    expect(named).toMatchObject({ ok: true, settings: { myName: 'Giulia' } });
  });

  it('refuses a country code that is not in the list', () => {
    expect(form({ holidayCountry: 'ZZ' })).toMatchObject({ ok: false, field: 'holidayCountry' });
    expect(form({ holidayCountry: 'nl' })).toMatchObject({ ok: true, settings: { holidayCountry: 'NL' } });
  });
});
