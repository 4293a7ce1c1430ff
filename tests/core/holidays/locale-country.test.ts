// The holiday country from the user's locale when none was chosen, and the explicit "none".
import { countryOfLocale, holidayCountryOf } from '../../../src/core/holidays/locale-country';

describe('the country of a locale', () => {
  it.each([
    ['it', 'IT'],
    ['it-IT', 'IT'],
    ['it-CH', 'CH'],
    ['en-GB', 'GB'],
    ['en_GB', 'GB'],
    ['en-US', 'US'],
    ['en', 'US'],
    ['de', 'DE'],
    ['de-AT', 'AT'],
    ['fr', 'FR'],
    ['fr-BE', 'BE'],
    ['es', 'ES'],
    ['es-MX', 'MX'],
    ['pt-BR', 'BR'],
    ['nb', 'NO'],
  ])('reads %s as %s', (locale, country) => {
    expect(countryOfLocale(locale)).toBe(country);
  });

  it('falls back to the language when the region has no holiday calendar here', () => {
    expect(countryOfLocale('es-419')).toBe('ES');
    expect(countryOfLocale('en-ZA')).toBe('US');
  });

  it('gives no country for a language it does not know', () => {
    expect(countryOfLocale('tlh')).toBeNull();
    expect(countryOfLocale('')).toBeNull();
  });
});

describe('the holiday country that counts', () => {
  it("uses the time zone's country when the user has not chosen, whatever the language", () => {
    expect(holidayCountryOf('', 'Europe/Rome')).toBe('IT');
    expect(holidayCountryOf('', 'Europe/Amsterdam')).toBe('NL');
  });

  it('reads no holidays for a zone outside the supported countries', () => {
    expect(holidayCountryOf('', 'UTC')).toBe('');
    expect(holidayCountryOf('', 'Asia/Dubai')).toBe('');
  });

  it('keeps the chosen country over the time zone', () => {
    expect(holidayCountryOf('FR', 'Europe/Rome')).toBe('FR');
  });

  it('reads no holidays when the user chose none', () => {
    expect(holidayCountryOf('none', 'Europe/Rome')).toBe('');
  });
});
