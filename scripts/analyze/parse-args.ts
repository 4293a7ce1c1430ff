// Command-line options of `npm run analyze`, validated; bad usage becomes a UsageError (exit 2).
import { isLocalDate } from '../../src/core/calendar-days';
import { isValidTimeZone } from '../../src/core/local-date';

export const USAGE = `Usage: npm run --silent analyze -- --me ADDR[,ADDR…] [options] PATH…

Analyses .eml files, .mbox files and folders of .eml and tells you who you are waiting on.

Options:
  --me ADDR[,ADDR…]        my address, then my aliases (required)
  --now ISO-8601           the moment to count from (default: now)
  --tz IANA                time zone for days and working days (default: this machine's)
  --holidays YYYY-MM-DD,…  extra non-working days
  --country CC             add the public holidays of this country (ISO 3166 code, e.g. IT)
  --colleagues             count colleagues at my (non-public) domain as me
  --tone warm|formal       tone of the suggested nudge (default: warm)
  --lang auto|it|en|es|fr|de  language of the nudge (default: auto, the client's language)
  --name NAME              my name, to sign the nudge
  --format json|table      output format (default: table on a terminal, JSON otherwise)
  --help                   show this help`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface AnalyzeOptions {
  readonly me: readonly string[];
  readonly now: number;
  readonly timeZone: string;
  readonly holidays: readonly string[];
  readonly country: string | null;
  readonly colleagues: boolean;
  readonly tone: 'warm' | 'formal';
  readonly language: 'auto' | 'it' | 'en' | 'es' | 'fr' | 'de';
  readonly myName: string;
  readonly locale: string;
  readonly format: 'json' | 'table';
  readonly paths: readonly string[];
  readonly help: boolean;
}

export interface ArgDefaults {
  readonly now: number;
  readonly timeZone: string;
  readonly isTty: boolean;
  /** The user's locale, for the nudge language when the client's cannot be told. */
  readonly locale: string;
}

const VALUED = new Set([
  '--me',
  '--now',
  '--tz',
  '--holidays',
  '--country',
  '--format',
  '--tone',
  '--lang',
  '--name',
]);
const TONES = ['warm', 'formal'] as const;
const LANGUAGES = ['auto', 'it', 'en', 'es', 'fr', 'de'] as const;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
  const chosen = value ?? allowed[0];
  if (!allowed.includes(chosen as T))
    throw new UsageError(`${name} must be ${allowed.join('|')}, got "${value}"`);
  return chosen as T;
}
const FLAGS = new Set(['--colleagues', '--help', '-h']);

function splitArgs(argv: readonly string[]): {
  values: Map<string, string>;
  flags: Set<string>;
  paths: string[];
} {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (VALUED.has(name)) {
      const value = inline ?? argv[(i += 1)];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      values.set(name, value);
    } else if (FLAGS.has(name)) flags.add(name === '-h' ? '--help' : name);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else paths.push(arg);
  }
  return { values, flags, paths };
}

function parseNow(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const ms = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : NaN;
  if (!Number.isFinite(ms))
    throw new UsageError(`--now must be an ISO-8601 date or date-time, got "${text}"`);
  return ms;
}

function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function parseArgs(argv: readonly string[], defaults: ArgDefaults): AnalyzeOptions {
  const { values, flags, paths } = splitArgs(argv);
  const help = flags.has('--help');
  const me = list(values.get('--me')).map((a) => a.toLowerCase());
  if (!help && me.length === 0)
    throw new UsageError('--me is required (your address, then aliases, comma-separated)');
  if (me.some((a) => !/^[^\s@]+@[^\s@]+$/.test(a)))
    throw new UsageError(`--me holds an invalid address: ${values.get('--me')}`);
  const timeZone = values.get('--tz') ?? defaults.timeZone;
  if (!isValidTimeZone(timeZone)) throw new UsageError(`--tz: unknown time zone "${timeZone}"`);
  const holidays = list(values.get('--holidays'));
  const bad = holidays.find((d) => !isLocalDate(d));
  if (bad !== undefined) throw new UsageError(`--holidays: "${bad}" is not a YYYY-MM-DD date`);
  const format = values.get('--format') ?? (defaults.isTty ? 'table' : 'json');
  if (format !== 'json' && format !== 'table')
    throw new UsageError(`--format must be json or table, got "${format}"`);
  const country = values.get('--country')?.toUpperCase() ?? null;
  if (country !== null && !/^[A-Z]{2}$/.test(country))
    throw new UsageError(`--country must be a two-letter code, got "${country}"`);
  if (!help && paths.length === 0) throw new UsageError('give at least one .eml, .mbox or folder to analyse');
  const now = parseNow(values.get('--now'), defaults.now);
  const tone = oneOf('--tone', values.get('--tone'), TONES);
  const language = oneOf('--lang', values.get('--lang'), LANGUAGES);
  const myName = values.get('--name') ?? '';
  const colleagues = flags.has('--colleagues');
  return {
    me,
    now,
    timeZone,
    holidays,
    country,
    colleagues,
    tone,
    language,
    myName,
    locale: defaults.locale,
    format,
    paths,
    help,
  };
}
