// Weekday names in English, Italian, German, French and Spanish → ISO weekday (1 = Monday).
import type { Weekday } from '../../types';

const NAMES: Readonly<Record<Weekday, readonly string[]>> = {
  1: ['monday', 'mon', 'lunedì', 'lunedi', 'lun', 'montag', 'lundi', 'lunes'],
  2: ['tuesday', 'tue', 'tues', 'martedì', 'martedi', 'dienstag', 'mardi', 'martes'],
  3: ['wednesday', 'wed', 'mercoledì', 'mercoledi', 'mittwoch', 'mercredi', 'miércoles', 'miercoles'],
  4: ['thursday', 'thu', 'thurs', 'giovedì', 'giovedi', 'donnerstag', 'jeudi', 'jueves'],
  5: ['friday', 'fri', 'venerdì', 'venerdi', 'freitag', 'vendredi', 'viernes'],
  6: ['saturday', 'sat', 'sabato', 'samstag', 'sonnabend', 'samedi', 'sábado', 'sabado'],
  7: ['sunday', 'sun', 'domenica', 'sonntag', 'dimanche', 'domingo'],
};

export const WEEKDAYS: ReadonlyMap<string, Weekday> = new Map(
  Object.entries(NAMES).flatMap(([day, names]) => names.map((n) => [n, Number(day) as Weekday] as const)),
);

/** Full names only: abbreviations like "mar", "sun" or "lun" are too often ordinary words. */
export const WEEKDAY_PATTERN = [...WEEKDAYS.keys()]
  .filter((n) => n.length > 4)
  .sort((a, b) => b.length - a.length)
  .join('|');
