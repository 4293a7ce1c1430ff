// Month names and abbreviations in English, Italian, German, French and Spanish → month number.
const NAMES: Readonly<Record<number, readonly string[]>> = {
  1: ['january', 'jan', 'gennaio', 'gen', 'januar', 'jän', 'jänner', 'janvier', 'janv', 'enero', 'ene'],
  2: ['february', 'feb', 'febbraio', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'febrero'],
  3: ['march', 'mar', 'marzo', 'märz', 'maerz', 'mars', 'mär'],
  4: ['april', 'apr', 'aprile', 'avril', 'avr', 'abril', 'abr'],
  5: ['may', 'maggio', 'mag', 'mai', 'mayo', 'may'],
  6: ['june', 'jun', 'giugno', 'giu', 'juni', 'juin', 'junio'],
  7: ['july', 'jul', 'luglio', 'lug', 'juli', 'juillet', 'juil', 'julio'],
  8: ['august', 'aug', 'agosto', 'ago', 'août', 'aout', 'agosto'],
  9: ['september', 'sept', 'sep', 'settembre', 'set', 'septembre', 'septiembre', 'setiembre'],
  10: ['october', 'oct', 'ottobre', 'ott', 'oktober', 'okt', 'octobre', 'octubre'],
  11: ['november', 'nov', 'novembre', 'noviembre'],
  12: ['december', 'dec', 'dicembre', 'dic', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre'],
};

export const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(NAMES).flatMap(([month, names]) => names.map((n) => [n, Number(month)] as const)),
);

/** Longest names first so "march" is not read as "mar" + "ch". */
export const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
