// Why the sidebar suggests a step ("7 working days since your check-in"), in the user's interface language
// (never the thread's: only the suggested texts follow the client), plus the stage names.
import type { NudgeReasonKind } from '../nudge/nudge-types';
import type { Stage } from '../types';
import { count, five, type Five } from './five';

type N = (n: string) => string;
type Main = (n: string, who: string, restMonths: number) => string;
type Promise3 = (who: string, by: string, on: string) => string;
type Promise4 = (who: string, by: string, on: string, n: string) => string;
type WhoDate = (who: string, date: string) => string;

/** "di Marco", "del cliente". */
const di = (who: string): string => (who === 'il cliente' ? 'del cliente' : `di ${who}`);
/** "l'8 dicembre", "l'11 dic", "il 12 dicembre": the article elides before 8 and 11. */
const il = (date: string): string => (/^(8|11)\b/.test(date) ? `l'${date}` : `il ${date}`);
/** "del 17 nov", "dell'8 nov". */
const del = (date: string): string => (/^(8|11)\b/.test(date) ? `dell'${date}` : `del ${date}`);

/** Built on first use (a function, so loading the bundle costs nothing for it). */
export const REASON_STRINGS = () => ({
  someone: five('il cliente', 'the client', 'el cliente', 'le client', 'der Kunde'),
  workingDays: five<(n: number) => string>(
    (n) => count(n, 'giorno lavorativo', 'giorni lavorativi'),
    (n) => count(n, 'working day', 'working days'),
    (n) => count(n, 'día laborable', 'días laborables'),
    (n) => count(n, 'jour ouvré', 'jours ouvrés', true),
    (n) => count(n, 'Arbeitstag', 'Arbeitstage'),
  ),
  main: {
    waiting: five<Main>(
      (n) => `${n} dal tuo messaggio`,
      (n) => `${n} since your message`,
      (n) => `${n} desde tu mensaje`,
      (n) => `${n} depuis votre message`,
      (n) => `${n} seit deiner Nachricht`,
    ),
    'since-check-in': five<Main>(
      (n) => `${n} dal tuo primo follow-up`,
      (n) => `${n} since your check-in`,
      (n) => `${n} desde tu primer recordatorio`,
      (n) => `${n} depuis votre relance`,
      (n) => `${n} seit deiner Nachfrage`,
    ),
    'since-change-channel': five<Main>(
      (n) => `${n} da quando hai proposto una chiamata`,
      (n) => `${n} since you proposed a call`,
      (n) => `${n} desde que propusiste una llamada`,
      (n) => `${n} depuis que vous avez proposé un appel`,
      (n) => `${n} seit du ein Telefonat vorgeschlagen hast`,
    ),
    closed: five<Main>(
      (n, _w, m) => `hai chiuso il cerchio ${n} fa: niente più email, un nuovo contatto tra ${m} mesi`,
      (n, _w, m) => `you closed the loop ${n} ago: no more emails, check in again after ${m} months`,
      (n, _w, m) => `cerraste el ciclo hace ${n}: no más correos, vuelve a escribir dentro de ${m} meses`,
      (n, _w, m) => `vous avez clos l’échange il y a ${n} : plus d’e-mails, reprenez contact dans ${m} mois`,
      (n, _w, m) => `du hast vor ${n} abgeschlossen: keine E-Mails mehr, melde dich in ${m} Monaten wieder`,
    ),
    'client-wrote-last': five<Main>(
      (n, who) => `l'ultimo messaggio è ${di(who)}, ${n} fa: ora tocca a te`,
      (n, who) => `${who} wrote last, ${n} ago: the next move is yours`,
      (n, who) => `el último mensaje es de ${who}, hace ${n}: te toca a ti`,
      (n, who) => `le dernier message vient de ${who}, il y a ${n} : c'est à vous`,
      (n, who) => `die letzte Nachricht ist von ${who}, vor ${n}: du bist dran`,
    ),
  } satisfies Record<Exclude<NudgeReasonKind, 'promised'>, Five<Main>>,
  promise: {
    pending: five<Promise4>(
      (who, by, on, n) =>
        `${who} ha promesso una risposta entro ${il(by)} nel messaggio ${del(on)}, ${n} fa: il follow-up aspetta il giorno dopo la data promessa`,
      (who, by, on, n) =>
        `${who} promised an answer by ${by} in the reply of ${on}, ${n} ago: the check-in waits until the day after the promised date`,
      (who, by, on, n) =>
        `${who} prometió una respuesta para el ${by} en su mensaje del ${on}, hace ${n}: el recordatorio espera al día siguiente de esa fecha`,
      (who, by, on, n) =>
        `${who} a promis une réponse d’ici le ${by} dans son message du ${on}, il y a ${n} : la relance attend le lendemain de cette date`,
      (who, by, on, n) =>
        `${who} hat am ${on} (vor ${n}) eine Antwort bis ${by} versprochen: die Nachfrage wartet bis zum Tag danach`,
    ),
    passed: five<Promise3>(
      (who, by, on) =>
        `${who} aveva promesso una risposta entro ${il(by)} nel messaggio ${del(on)}: la data è passata, ora un follow-up cordiale è opportuno`,
      (who, by, on) =>
        `${who} promised an answer by ${by} in the reply of ${on}: that date has passed, so a friendly check-in fits now`,
      (who, by, on) =>
        `${who} prometió una respuesta para el ${by} en su mensaje del ${on}: la fecha ya pasó, ahora encaja un recordatorio amable`,
      (who, by, on) =>
        `${who} a promis une réponse d’ici le ${by} dans son message du ${on} : la date est passée, une relance aimable est bienvenue`,
      (who, by, on) =>
        `${who} hat am ${on} eine Antwort bis ${by} versprochen: das Datum ist vorbei, eine freundliche Nachfrage passt jetzt`,
    ),
  },
  notYet: {
    waiting: five<N>(
      (after) => `il primo follow-up è previsto dopo ${after}`,
      (after) => `a check-in is suggested after ${after}`,
      (after) => `el primer recordatorio se sugiere tras ${after}`,
      (after) => `une relance est conseillée après ${after}`,
      (after) => `eine Nachfrage empfiehlt sich nach ${after}`,
    ),
    'since-check-in': five<N>(
      (after) => `una chiamata è consigliata dopo ${after}`,
      (after) => `a call is suggested after ${after}`,
      (after) => `se sugiere una llamada tras ${after}`,
      (after) => `un appel est conseillé après ${after}`,
      (after) => `ein Telefonat empfiehlt sich nach ${after}`,
    ),
    'since-change-channel': five<N>(
      (after) => `chiudere il cerchio è consigliato dopo ${after}`,
      (after) => `closing the loop is suggested after ${after}`,
      (after) => `cerrar el ciclo se sugiere tras ${after}`,
      (after) => `clore l’échange est conseillé après ${after}`,
      (after) => `ein Abschluss empfiehlt sich nach ${after}`,
    ),
  } satisfies Partial<Record<NudgeReasonKind, Five<N>>>,
  /** Same wording as the sidebar's "usual reply time" fact; days already rounded by wholeReplyDays. */
  typical: five<(who: string, days: number) => string>(
    (who, n) => `${who} di solito risponde entro ${count(n, 'giorno', 'giorni')}`,
    (who, n) => `${who} usually replies within ${count(n, 'day', 'days')}`,
    (who, n) => `${who} suele responder en ${count(n, 'día', 'días')}`,
    (who, n) => `${who} répond d’habitude sous ${count(n, 'jour', 'jours', true)}`,
    (who, n) => `${who} antwortet meist innerhalb von ${count(n, 'Tag', 'Tagen')}`,
  ),
  stretched: five(
    "quindi il primo follow-up aspetta un po' di più",
    'so the first follow-up waits a little longer',
    'así que el primer recordatorio espera un poco más',
    'la première relance attend donc un peu plus',
    'daher wartet die erste Nachfrage etwas länger',
  ),
  backOn: five<WhoDate>(
    (who, date) => `${who} rientra ${il(date)}`,
    (who, date) => `${who} is back on ${date}`,
    (who, date) => `${who} vuelve el ${date}`,
    (who, date) => `${who} revient le ${date}`,
    (who, date) => `${who} ist ab ${date} zurück`,
  ),
  promisedBy: five<WhoDate>(
    (who, date) => `${who} ha promesso una risposta entro ${il(date)}`,
    (who, date) => `${who} promised an answer by ${date}`,
    (who, date) => `${who} prometió una respuesta para el ${date}`,
    (who, date) => `${who} a promis une réponse d’ici le ${date}`,
    (who, date) => `${who} hat bis ${date} eine Antwort versprochen`,
  ),
  /** Each stage named for what the user does. */
  stages: {
    wait: five('Attendi', 'Wait', 'Espera', 'Attendez', 'Abwarten'),
    'check-in': five('Primo follow-up', 'Check in', 'Escribe para retomar', 'Relancez', 'Nachfragen'),
    'change-channel': five(
      'Proponi una chiamata',
      'Suggest a call',
      'Propón una llamada',
      'Proposez un appel',
      'Ein Telefonat vorschlagen',
    ),
    'close-the-loop': five(
      'Chiudi il cerchio',
      'Close the loop',
      'Cierra el ciclo',
      'Clôturez l’échange',
      'Freundlich abschließen',
    ),
    rest: five('Pausa', 'Rest', 'Déjalo reposar', 'Laissez reposer', 'Ruhen lassen'),
    reply: five('Rispondi', 'Reply', 'Responde', 'Répondez', 'Antworten'),
  } satisfies Record<Stage, Five<string>>,
});
