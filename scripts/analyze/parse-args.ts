// Command-line options of `npm run analyze`, validated; bad usage becomes a UsageError (exit 2).
import { isLocalDate } from '../../src/core/calendar-days';
import { HOLIDAY_COUNTRIES } from '../../src/core/holidays/holiday-calendars';
import { holidayCountryOf } from '../../src/core/holidays/locale-country';
import { parseInstant } from '../../src/core/instant-input';
import { isValidTimeZone } from '../../src/core/local-date';
import { isSupportedLocale, LOCALE_HELP } from '../../src/core/supported-locales';
import { isKnownCountry } from './country-holidays';
import { UsageError } from './usage-error';

export const USAGE = `Usage: npm run --silent analyze -- --me ADDR[,ADDR…] [options] PATH…

Analyses .eml files, .mbox files and folders of .eml and tells you who you are waiting on.

Options:
  --me ADDR[,ADDR…]        my address, then my aliases (required)
  --now DATE[THH:MM[±ZONE]]  the moment to count from (default: now); a date alone is midnight in --tz
  --tz IANA                time zone for days and working days (default: this machine's)
  --holidays YYYY-MM-DD,…  extra non-working days
  --country CC|none        public holidays of this country (ISO 3166 code, e.g. IT; default: the
                           country of --tz, e.g. Europe/Amsterdam → NL; none: weekends only)
  --locale LL[-RR]         my language, for the nudge when the client's cannot be told
                           (it, en, es, fr, de; default: this machine's when supported, else en)
  --due                    only the threads whose follow-up or reply is due today or overdue,
                           most overdue first
  --quiet                  no progress line on stderr (it shows only on a terminal anyway)
  --colleagues             count colleagues at my (non-public) domain as me
  --tone auto|warm|formal  tone of the suggested nudge (default: auto, following my register
                           with the client: Lei/Sie/vous/usted → formal)
  --lang auto|it|en|es|fr|de  language of the nudge (default: auto, the client's language)
  --name NAME              my name, to sign the nudge
  --format json|table      output format (default: table on a terminal, JSON otherwise)
  --help                   show this help`;

export { UsageError };

export interface AnalyzeOptions {
  readonly me: readonly string[];
  readonly now: number;
  readonly timeZone: string;
  readonly holidays: readonly string[];
  readonly country: string | null;
  readonly colleagues: boolean;
  readonly tone: 'auto' | 'warm' | 'formal';
  readonly language: 'auto' | 'it' | 'en' | 'es' | 'fr' | 'de';
  readonly myName: string;
  readonly locale: string;
  readonly format: 'json' | 'table';
  readonly paths: readonly string[];
  readonly help: boolean;
  readonly due: boolean;
  readonly quiet: boolean;
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
  '--locale',
]);
const TONES = ['auto', 'warm', 'formal'] as const;
const LANGUAGES = ['auto', 'it', 'en', 'es', 'fr', 'de'] as const;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
  const chosen = value ?? allowed[0];
  if (!allowed.includes(chosen as T))
    throw new UsageError(`${name} must be ${allowed.join('|')}, got "${value}"`);
  return chosen as T;
}
const FLAGS = new Set(['--colleagues', '--help', '-h', '--due', '--quiet']);

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

function parseNow(text: string | undefined, fallback: number, timeZone: string): number {
  if (text === undefined) return fallback;
  const ms = parseInstant(text, timeZone);
  if (ms === null)
    throw new UsageError(
      `--now must be an ISO-8601 date or date-time that exists (e.g. 2026-11-23 or 2026-11-23T09:30+01:00), got "${text}"`,
    );
  return ms;
}

/** The holiday country: the one chosen, none, or the time zone's (the add-on's and the preview's rule). */
function parseCountry(text: string | undefined, timeZone: string): string | null {
  const chosen = text === undefined ? '' : text.toLowerCase() === 'none' ? 'none' : text.toUpperCase();
  if (chosen !== '' && chosen !== 'none' && !/^[A-Z]{2}$/.test(chosen))
    throw new UsageError(
      `--country must be a two-letter code or none, got "${text}" (the add-on knows ${HOLIDAY_COUNTRIES.join(', ')})`,
    );
  const country = holidayCountryOf(chosen, timeZone);
  if (country !== '' && !isKnownCountry(country))
    throw new UsageError(`--country: unknown country code "${text}" (e.g. ${HOLIDAY_COUNTRIES.join(', ')})`);
  return country === '' ? null : country;
}

function parseLocale(text: string | undefined, fallback: string): string {
  if (text === undefined) return isSupportedLocale(fallback) ? fallback : 'en';
  if (!isSupportedLocale(text))
    throw new UsageError(`--locale: unsupported locale "${text}"; supported: ${LOCALE_HELP}`);
  return text;
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
  const country = parseCountry(values.get('--country'), timeZone);
  const locale = parseLocale(values.get('--locale'), defaults.locale);
  if (!help && paths.length === 0) throw new UsageError('give at least one .eml, .mbox or folder to analyse');
  const now = parseNow(values.get('--now'), defaults.now, timeZone);
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
    locale,
    format,
    paths,
    help,
    due: flags.has('--due'),
    quiet: flags.has('--quiet'),
  };
}
