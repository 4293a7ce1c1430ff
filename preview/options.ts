// Command-line options of `npm start`: sample threads by default, or --mbox PATH --me ADDR[,ADDR…].
import { parseInstant } from '../src/core/instant-input';
import { isValidTimeZone } from '../src/core/local-date';
import { isSupportedLocale, LOCALE_HELP } from '../src/core/supported-locales';
import { readSampleProfile } from './load-mail';

export interface PreviewOptions {
  /** null: the sample threads in preview/samples. */
  readonly mbox: string | null;
  /** The user's own address first, then aliases. */
  readonly me: readonly string[];
  /** Epoch ms of the emulator clock; null: the sample's fixed date, or the real clock with --mbox. */
  readonly now: number | null;
  readonly timeZone: string | null;
  readonly port: number;
  /** null: the sample settings' "locale" (en when it has none), or en with --mbox. */
  readonly locale: string | null;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE =
  'Usage: npm start [-- --mbox PATH --me ADDR[,ADDR…]] [--now ISO-DATE] [--tz IANA-ZONE] [--port N] [--locale it|en|es|fr|de]';

const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

function valueAfter(argv: readonly string[], i: number, flag: string): string {
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value.\n${USAGE}`);
  return value;
}

/** A date alone is midnight in the zone (--tz, else the sample's, else this machine's), as in the CLI. */
function parseNow(raw: string, timeZone: string): number {
  const ms = parseInstant(raw, timeZone);
  if (ms === null) {
    throw new UsageError(
      `--now must be an ISO date that exists, such as 2026-11-23 or 2026-11-23T10:00:00+01:00, got "${raw}".`,
    );
  }
  return ms;
}

function parseLocale(raw: string): string {
  if (!isSupportedLocale(raw))
    throw new UsageError(`--locale: unsupported locale "${raw}"; supported: ${LOCALE_HELP}.`);
  return raw;
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be 0-65535, got "${raw}".`);
  return port;
}

function parseMe(raw: string): string[] {
  const list = raw
    .split(',')
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean);
  const bad = list.find((a) => !EMAIL.test(a));
  if (list.length === 0 || bad !== undefined)
    throw new UsageError(`--me needs email addresses, got "${bad ?? raw}".`);
  return list;
}

export function parseOptions(argv: readonly string[]): PreviewOptions {
  let mbox: string | null = null;
  let me: string[] = [];
  let nowText: string | null = null;
  let timeZone: string | null = null;
  let port = 8787;
  let locale: string | null = null;
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] as string;
    const value = flag === '--help' || flag === '-h' ? '' : valueAfter(argv, i, flag);
    if (flag === '--mbox') mbox = value;
    else if (flag === '--me') me = parseMe(value);
    else if (flag === '--now') nowText = value;
    else if (flag === '--tz') timeZone = value;
    else if (flag === '--port') port = parsePort(value);
    else if (flag === '--locale') locale = parseLocale(value);
    else if (flag === '--help' || flag === '-h') throw new UsageError(USAGE);
    else throw new UsageError(`Unknown option ${flag}.\n${USAGE}`);
  }
  if (timeZone !== null && !isValidTimeZone(timeZone))
    throw new UsageError(`--tz: unknown time zone "${timeZone}".`);
  if (mbox !== null && me.length === 0)
    throw new UsageError(`--mbox needs --me with your address (and aliases).\n${USAGE}`);
  const zone =
    timeZone ??
    (mbox === null ? readSampleProfile().timeZone : Intl.DateTimeFormat().resolvedOptions().timeZone);
  const now = nowText === null ? null : parseNow(nowText, zone);
  return { mbox, me, now, timeZone, port, locale };
}
