// The detection test set: 52 short client replies per language, written fresh for this project.
import type { Language } from '../../../src/core/types';
import { REPLIES_DE } from './replies-de';
import { REPLIES_EN } from './replies-en';
import { REPLIES_ES } from './replies-es';
import { REPLIES_FR } from './replies-fr';
import { REPLIES_IT } from './replies-it';

export const REPLIES: Readonly<Record<Language, readonly string[]>> = {
  it: REPLIES_IT,
  en: REPLIES_EN,
  es: REPLIES_ES,
  fr: REPLIES_FR,
  de: REPLIES_DE,
};
