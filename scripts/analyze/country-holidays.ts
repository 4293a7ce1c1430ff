// Public holidays of a country for a span of years, from the date-holidays data (CLI only).
import Holidays from 'date-holidays';
import { UsageError } from './usage-error';

/** True when the holiday data knows the country (ISO 3166 code). */
export function isKnownCountry(country: string): boolean {
  return country in new Holidays().getCountries();
}

export function countryHolidays(country: string, fromYear: number, toYear: number): string[] {
  const hd = new Holidays();
  if (!(country in hd.getCountries())) throw new UsageError(`--country: unknown country code "${country}"`);
  hd.init(country);
  const dates: string[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const h of hd.getHolidays(year)) if (h.type === 'public') dates.push(h.date.slice(0, 10));
  }
  return dates;
}
