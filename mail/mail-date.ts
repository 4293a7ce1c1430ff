// The Date header as epoch milliseconds, only within the years mail can really carry (1970-9999).

const FIRST = Date.UTC(1970, 0, 1);
const LAST = Date.UTC(10000, 0, 1) - 1;

/**
 * `parsed` is postal-mime's reading of the header (ISO when it understood it), `header` the text as sent.
 * null when missing, unparsable or outside 1970-9999 (a broken clock or a hostile header: year 10000
 * makes later date formatting throw RangeError). `warn` is told why an unusable date was dropped.
 */
export function mailDate(
  parsed: string | undefined,
  header: string | undefined,
  warn: (text: string) => void,
): number | null {
  if (!parsed) return null;
  const ms = Date.parse(parsed);
  if (Number.isNaN(ms)) return null;
  if (ms < FIRST || ms > LAST) {
    warn(`date "${(header ?? parsed).slice(0, 60)}" is outside 1970-9999: read as unknown`);
    return null;
  }
  return ms;
}
