// Italian phrases for why the sidebar suggests a step ("7 giorni lavorativi dal tuo primo follow-up").
import type { ReasonPhrases } from './reason-phrases';

/** "di Marco", "del cliente". */
const of = (who: string): string => (who === 'il cliente' ? 'del cliente' : `di ${who}`);

const days = (n: number): string => `${n} ${n === 1 ? 'giorno' : 'giorni'}`;

/** "l'8 dicembre", "l'11 dic", "il 12 dicembre": the article elides before 8 and 11. */
const withArticle = (date: string): string => (/^(8|11)\b/.test(date) ? `l'${date}` : `il ${date}`);

/** "del 17 nov", "dell'8 nov". */
const ofDate = (date: string): string => (/^(8|11)\b/.test(date) ? `dell'${date}` : `del ${date}`);

export const REASON_IT: ReasonPhrases = {
  someone: 'il cliente',
  workingDays: (n) => `${n} ${n === 1 ? 'giorno lavorativo' : 'giorni lavorativi'}`,
  main: {
    waiting: (n) => `${n} dal tuo messaggio`,
    'since-check-in': (n) => `${n} dal tuo primo follow-up`,
    'since-change-channel': (n) => `${n} da quando hai proposto una chiamata`,
    closed: (n, _who, months) =>
      `hai chiuso il cerchio ${n} fa: niente più email, un nuovo contatto tra ${months} mesi`,
    'client-wrote-last': (n, who) => `l'ultimo messaggio è ${of(who)}, ${n} fa: ora tocca a te`,
  },
  promise: {
    pending: (who, by, on, n) =>
      `${who} ha promesso una risposta entro ${withArticle(by)} nel messaggio ${ofDate(on)}, ${n} fa: il follow-up aspetta il giorno dopo la data promessa`,
    passed: (who, by, on) =>
      `${who} aveva promesso una risposta entro ${withArticle(by)} nel messaggio ${ofDate(on)}: la data è passata, ora un follow-up cordiale è opportuno`,
  },
  notYet: {
    waiting: (after) => `il primo follow-up è previsto dopo ${after}`,
    'since-check-in': (after) => `una chiamata è consigliata dopo ${after}`,
    'since-change-channel': (after) => `chiudere il cerchio è consigliato dopo ${after}`,
  },
  typical: (who, n) => `${who} di solito risponde entro ${days(n)}`,
  stretched: "quindi il primo follow-up aspetta un po' di più",
  backOn: (who, date) => `${who} rientra ${withArticle(date)}`,
  promisedBy: (who, date) => `${who} ha promesso una risposta entro ${withArticle(date)}`,
};
