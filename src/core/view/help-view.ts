// The Help card (universal action): how the add-on judges a thread, in the user's language.
import type { UiLanguage } from '../i18n';
import type { CardView } from './card-view';

const HELP: Record<UiLanguage, { title: string; lines: readonly string[] }> = {
  en: {
    title: 'How Follow-up Coach works',
    lines: [
      'Open a thread where a client has gone quiet. The sidebar counts the days and working days since your first unanswered message; automatic replies, bounces and newsletters never count as an answer.',
      'When it is time, it suggests a short, friendly nudge: a check-in first, then an offer to talk, then a kind message that closes the loop. After that it stops suggesting emails.',
      'It respects weekends, public holidays, absences announced by automatic replies and dates the client promised.',
      'It reads only the thread you open and never stores message text: just dates, the client address and a short subject.',
      'Settings: your name, your other addresses (aliases), working days, holidays, reminder time, tone and language.',
    ],
  },
  it: {
    title: 'Come funziona Follow-up Coach',
    lines: [
      'Apri una conversazione in cui il cliente è sparito. Il pannello conta i giorni e i giorni lavorativi dal tuo primo messaggio senza risposta; risposte automatiche, errori di recapito e newsletter non valgono mai come risposta.',
      'Quando è il momento, propone un sollecito breve e cordiale: prima un saluto per fare il punto, poi la proposta di sentirsi, infine un messaggio gentile che chiude il cerchio. Dopo non suggerisce altre email.',
      'Tiene conto di fine settimana, festività, assenze annunciate dalle risposte automatiche e date promesse dal cliente.',
      'Legge solo la conversazione che apri e non salva mai il testo dei messaggi: solo date, indirizzo del cliente e un oggetto abbreviato.',
      'Impostazioni: il tuo nome, gli altri tuoi indirizzi (alias), giorni lavorativi, festività, orario del promemoria, tono e lingua.',
    ],
  },
};

export function helpView(language: UiLanguage): CardView {
  const help = HELP[language];
  return {
    name: 'help',
    title: help.title,
    sections: [{ widgets: help.lines.map((text) => ({ type: 'text' as const, text })) }],
  };
}
