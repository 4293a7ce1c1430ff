// The homepage card: tracked threads, or an empty state that explains the add-on in three lines.
import type { UiLanguage } from '../i18n';
import type { CardView } from './card-view';

const EMPTY: Record<UiLanguage, { title: string; lines: readonly string[] }> = {
  en: {
    title: 'Follow-up Coach',
    lines: [
      '1. Open a thread where you are waiting for a client.',
      '2. See how long you have waited and the kindest next step.',
      '3. Insert the suggested reply or put a reminder on your calendar.',
    ],
  },
  it: {
    title: 'Follow-up Coach',
    lines: [
      '1. Apri una conversazione in cui aspetti un cliente.',
      '2. Guarda da quanto aspetti e il passo successivo più garbato.',
      '3. Inserisci la risposta suggerita o metti un promemoria in calendario.',
    ],
  },
};

export function emptyHomeView(language: UiLanguage): CardView {
  const empty = EMPTY[language];
  return {
    name: 'home',
    title: empty.title,
    sections: [{ widgets: empty.lines.map((text) => ({ type: 'text', text })) }],
  };
}
