// Utilities.formatDate: Java SimpleDateFormat patterns rendered with Intl in the given time zone.
import { zoneParts } from '../src/core/zone-offset';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  offsetMinutes: number;
  zoneName: string;
}

function fieldsOf(ms: number, timeZone: string): Fields {
  const get = zoneParts(timeZone, ms, { weekday: 'short', timeZoneName: 'short' });
  const f = {
    year: +get('year'),
    month: +get('month'),
    day: +get('day'),
    hour: +get('hour'),
    minute: +get('minute'),
    second: +get('second'),
  };
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  const offsetMinutes = Math.round((asUtc - (ms - (((ms % 1000) + 1000) % 1000))) / 60000);
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { ...f, millis: ((ms % 1000) + 1000) % 1000, weekday, offsetMinutes, zoneName: get('timeZoneName') };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function offset(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

function field(letter: string, count: number, f: Fields): string {
  switch (letter) {
    case 'y':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case 'M':
      return count >= 4
        ? MONTHS[f.month - 1]!
        : count === 3
          ? MONTHS[f.month - 1]!.slice(0, 3)
          : pad(f.month, count);
    case 'd':
      return pad(f.day, count);
    case 'H':
      return pad(f.hour, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millis, count);
    case 'E':
      return count >= 4 ? DAYS[f.weekday - 1]! : DAYS[f.weekday - 1]!.slice(0, 3);
    case 'u':
      return String(f.weekday);
    case 'Z':
      return offset(f.offsetMinutes, false);
    case 'X':
      return f.offsetMinutes === 0
        ? 'Z'
        : count === 1
          ? offset(f.offsetMinutes, false).slice(0, 3)
          : offset(f.offsetMinutes, count >= 3);
    case 'z':
      return f.zoneName;
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

export function formatDate(ms: number, timeZone: string, pattern: string): string {
  const f = fieldsOf(ms, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      const stop = end === -1 ? pattern.length : end;
      out += stop === i + 1 ? "'" : pattern.slice(i + 1, stop);
      i = stop + 1;
    } else if (/[a-zA-Z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      out += field(c, j - i, f);
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
