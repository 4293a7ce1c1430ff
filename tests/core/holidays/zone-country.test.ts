import { HOLIDAY_COUNTRIES } from '../../../src/core/holidays/holiday-calendars';
import { countryOfTimeZone } from '../../../src/core/holidays/zone-country';

describe('countryOfTimeZone', () => {
  it.each([
    ['Europe/Amsterdam', 'NL'],
    ['Europe/Rome', 'IT'],
    ['America/Los_Angeles', 'US'],
    ['America/Indiana/Knox', 'US'],
    ['US/Pacific', 'US'],
    ['America/Toronto', 'CA'],
    ['Atlantic/Canary', 'ES'],
    ['Australia/Perth', 'AU'],
    ['Asia/Calcutta', 'IN'],
    ['GB', 'GB'],
  ])('%s → %s', (zone, country) => {
    expect(countryOfTimeZone(zone)).toBe(country);
  });

  it('knows no country for UTC or a zone outside the supported countries', () => {
    expect(countryOfTimeZone('UTC')).toBeNull();
    expect(countryOfTimeZone('Etc/GMT+1')).toBeNull();
    expect(countryOfTimeZone('Asia/Dubai')).toBeNull();
  });

  it('has a zone for every supported country, each one Intl knows', () => {
    const known = new Set(Intl.supportedValuesOf('timeZone'));
    const byCountry = new Map<string, string>();
    for (const zone of known) {
      const country = countryOfTimeZone(zone);
      if (country) byCountry.set(country, zone);
    }
    expect([...byCountry.keys()].sort()).toEqual([...HOLIDAY_COUNTRIES].sort());
  });
});
