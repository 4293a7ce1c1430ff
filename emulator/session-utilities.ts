// Session, Utilities and Logger/console: local services; logs go to the emulator, never to stdout.
import { createHash } from 'node:crypto';
import { exception } from './errors';
import { formatDate } from './format-date';
import { invoke, type Runtime } from './runtime';

export function createSession(rt: Runtime) {
  const local = <T>(method: string, work: () => T): T => invoke(rt, `Session.${method}`, 'local', work);
  const user = { getEmail: () => rt.userEmail };
  return {
    getActiveUser: () => local('getActiveUser', () => user),
    getEffectiveUser: () => local('getEffectiveUser', () => user),
    getActiveUserLocale: () => local('getActiveUserLocale', () => rt.userLocale),
    getScriptTimeZone: () => local('getScriptTimeZone', () => rt.timeZone),
    getTemporaryActiveUserKey: () =>
      local('getTemporaryActiveUserKey', () =>
        createHash('sha256').update(rt.userEmail).digest('base64').slice(0, 43),
      ),
  };
}

function isValidZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function createUtilities(rt: Runtime) {
  const local = <T>(method: string, work: () => T): T => invoke(rt, `Utilities.${method}`, 'local', work);
  return {
    formatDate: (date: Date, timeZone: string, format: string) =>
      local('formatDate', () => {
        const ms = date && typeof date.getTime === 'function' ? date.getTime() : NaN;
        if (Number.isNaN(ms)) throw exception(rt.realm, 'Invalid argument: date');
        // Apps Script falls back to GMT for an unknown zone id rather than failing, like Java's TimeZone.
        return formatDate(ms, isValidZone(timeZone) ? timeZone : 'GMT', String(format));
      }),
    formatString: (template: string, ...args: unknown[]) =>
      local('formatString', () => {
        let i = 0;
        return String(template).replace(/%[sd%]/g, (m) => (m === '%%' ? '%' : String(args[i++])));
      }),
    sleep: (milliseconds: number) => local('sleep', () => rt.clock.advance(milliseconds)),
    getUuid: () =>
      local('getUuid', () =>
        createHash('sha256')
          .update(String(rt.clock.now) + Math.random())
          .digest('hex'),
      ),
  };
}

export function createLogging(rt: Runtime) {
  const write = (level: string, args: unknown[]) =>
    rt.logs.push(`${level}: ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`);
  const logger = {
    log: (...args: unknown[]) => invoke(rt, 'Logger.log', 'local', () => (write('log', args), logger)),
  };
  const consoleLike = Object.fromEntries(
    ['log', 'info', 'warn', 'error', 'debug'].map((level) => [
      level,
      (...args: unknown[]) => invoke(rt, `console.${level}`, 'local', () => void write(level, args)),
    ]),
  );
  return { Logger: logger, console: consoleLike };
}
