// The nudge's language: the user's setting, else the client's own words, else the user's locale, else English.
import type { Language } from '../types';
import { detectLanguage } from './detect-language';

const SUPPORTED: readonly Language[] = ['it', 'en', 'es', 'fr', 'de'];

export function chooseLanguage(clientText: string, setting: 'auto' | Language, userLocale: string): Language {
  if (setting !== 'auto') return setting;
  const detected = detectLanguage(clientText);
  if (detected) return detected;
  // Session.getActiveUserLocale() gives "it", "en_GB", "pt-BR" or '' when unknown.
  const base = userLocale.toLowerCase().split(/[-_]/)[0] ?? '';
  return SUPPORTED.find((l) => l === base) ?? 'en';
}
