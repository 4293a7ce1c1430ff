// Every language's wording and date format, by language code.
import type { Language, LocalDate } from '../types';
import { DE, formatDateDe } from './de';
import { EN, formatDateEn } from './en';
import { ES, formatDateEs } from './es';
import { FR, formatDateFr } from './fr';
import { IT, formatDateIt } from './it';
import type { LanguageTexts } from './text-types';

export const TEXTS: Readonly<Record<Language, LanguageTexts>> = { it: IT, en: EN, es: ES, fr: FR, de: DE };

const FORMATTERS: Readonly<Record<Language, (date: LocalDate) => string>> = {
  it: formatDateIt,
  en: formatDateEn,
  es: formatDateEs,
  fr: formatDateFr,
  de: formatDateDe,
};

/** A day and month as the language writes it: "12 novembre", "November 12", "12. November". */
export function formatDayMonth(date: LocalDate, language: Language): string {
  return FORMATTERS[language](date);
}
