// Google's public holiday calendar for each supported country (ISO 3166 code → calendar id).
const REGIONS: Readonly<Record<string, string>> = {
  IT: 'italian',
  US: 'usa',
  GB: 'uk',
  DE: 'german',
  FR: 'french',
  ES: 'spain',
  CH: 'ch',
  AT: 'austrian',
  BE: 'be',
  NL: 'dutch',
  IE: 'irish',
  PT: 'portuguese',
  CA: 'canadian',
  AU: 'australian',
  SE: 'swedish',
  DK: 'danish',
  NO: 'norwegian',
  FI: 'finnish',
  PL: 'polish',
  GR: 'greek',
  BR: 'brazilian',
  MX: 'mexican',
  IN: 'indian',
  JP: 'japanese',
  NZ: 'new_zealand',
};

/** Countries the Settings card offers, in this order. */
export const HOLIDAY_COUNTRIES: readonly string[] = Object.keys(REGIONS);

/** null for '' (no holidays) or a country Google publishes no calendar for here. */
export function holidayCalendarId(country: string): string | null {
  const region = REGIONS[country.toUpperCase()];
  return region ? `en.${region}#holiday@group.v.calendar.google.com` : null;
}
