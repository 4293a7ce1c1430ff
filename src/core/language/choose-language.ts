// The nudge's language: the user's setting, else the client's own words, else mine in this thread, else
// the user's locale, else English.
import type { Language } from '../types';
import { detectLanguage } from './detect-language';

const SUPPORTED: readonly Language[] = ['it', 'en', 'es', 'fr', 'de'];

export interface ChooseLanguageInput {
  /** The client's unquoted text in the thread (ThreadAnalysis.clientText). */
  readonly clientText: string;
  /** My own unquoted text in the thread (ThreadAnalysis.myText): the thread's language when the client's is unknown. */
  readonly myText: string;
  readonly setting: 'auto' | Language;
  /** Session.getActiveUserLocale(): "it", "en_GB", "pt-BR", or '' when unknown. */
  readonly userLocale: string;
}

export function chooseLanguage(input: ChooseLanguageInput): Language {
  if (input.setting !== 'auto') return input.setting;
  const detected = detectLanguage(input.clientText) ?? detectLanguage(input.myText);
  if (detected) return detected;
  const base = input.userLocale.toLowerCase().split(/[-_]/)[0] ?? '';
  return SUPPORTED.find((l) => l === base) ?? 'en';
}
