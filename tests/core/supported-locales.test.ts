import { isSupportedLocale } from '../../src/core/supported-locales';

describe('isSupportedLocale', () => {
  it.each(['it', 'en', 'es', 'fr', 'de', 'en-GB', 'en_GB', 'de-CH', 'es-419', 'IT'])('accepts %s', (l) => {
    expect(isSupportedLocale(l)).toBe(true);
  });

  it.each(['xx', 'pt', 'nl-NL', 'english', 'en-', '', 'en-GB-oxendict'])('refuses %j', (l) => {
    expect(isSupportedLocale(l)).toBe(false);
  });
});
