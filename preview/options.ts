// Command-line options of `npm start`: sample threads by default, or --mbox PATH --me ADDR[,ADDR…].
import { isValidTimeZone } from '../src/core/local-date';

export interface PreviewOptions {
  /** null: the sample threads in preview/samples. */
  readonly mbox: string | null;
  /** The user's own address first, then aliases. */
  readonly me: readonly string[];
  /** Epoch ms of the emulator clock; null: the sample's fixed date, or the real clock with --mbox. */
  readonly now: number | null;
  readonly timeZone: string | null;
  readonly port: number;
  readonly locale: string;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE =
  'Usage: npm start [-- --mbox PATH --me ADDR[,ADDR…]] [--now ISO-DATE] [--tz IANA-ZONE] [--port N] [--locale it|en]';

const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

function valueAfter(argv: readonly string[], i: number, flag: string): string {
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value.\n${USAGE}`);
  return value;
}

function parseNow(raw: string): number {
  const ms = Date.parse(raw);
  if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(ms)) {
    throw new UsageError(`--now must be an ISO date such as 2026-11-23T10:00:00+01:00, got "${raw}".`);
  }
  return ms;
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
  let now: number | null = null;
  let timeZone: string | null = null;
  let port = 8787;
  let locale = 'en';
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] as string;
    const value = flag === '--help' || flag === '-h' ? '' : valueAfter(argv, i, flag);
    if (flag === '--mbox') mbox = value;
    else if (flag === '--me') me = parseMe(value);
    else if (flag === '--now') now = parseNow(value);
    else if (flag === '--tz') timeZone = value;
    else if (flag === '--port') port = parsePort(value);
    else if (flag === '--locale') locale = value;
    else if (flag === '--help' || flag === '-h') throw new UsageError(USAGE);
    else throw new UsageError(`Unknown option ${flag}.\n${USAGE}`);
  }
  if (timeZone !== null && !isValidTimeZone(timeZone))
    throw new UsageError(`--tz: unknown time zone "${timeZone}".`);
  if (mbox !== null && me.length === 0)
    throw new UsageError(`--mbox needs --me with your address (and aliases).\n${USAGE}`);
  return { mbox, me, now, timeZone, port, locale };
}
