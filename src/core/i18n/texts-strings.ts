// Interface strings of settled threads, suggested replies and the automatic tone, in it, en, es, fr, de.
import { five, picker } from './five';

type S = (a: string) => string;

/** Built on first use (a function, so loading the bundle costs nothing for it). */
export const TEXTS_STRINGS = () => ({
  settledMine: five(
    'Niente in sospeso: il tuo ultimo messaggio non chiedeva nulla',
    'Nothing pending: your last message asked for nothing',
    'Nada pendiente: tu último mensaje no pedía nada',
    'Rien en attente : votre dernier message ne demandait rien',
    'Nichts offen: Deine letzte Nachricht hat nichts gefragt',
  ),
  settledClient: five<S>(
    (name) => `La risposta di ${name} non richiede risposta`,
    (name) => `${name}'s reply needs no answer`,
    (name) => `La respuesta de ${name} no necesita respuesta`,
    (name) => `La réponse de ${name} n'appelle pas de réponse`,
    (name) => `Die Antwort von ${name} braucht keine Antwort`,
  ),
  settledHint: five(
    'Nessun sollecito da inviare. Se aspetti comunque una risposta, dillo qui: la conversazione tornerà in attesa.',
    'No follow-up to send. If you are expecting an answer all the same, say so here and the thread goes back to waiting.',
    'No hay nada que reclamar. Si aun así esperas una respuesta, dilo aquí y la conversación vuelve a estar en espera.',
    'Aucune relance à envoyer. Si vous attendez quand même une réponse, dites-le ici et le fil repasse en attente.',
    'Keine Nachfrage nötig. Wenn Du trotzdem auf eine Antwort wartest, sag es hier, dann wartet der Verlauf wieder.',
  ),
  stillWaiting: five(
    'Aspetto ancora una risposta',
    "I'm still waiting for an answer",
    'Sigo esperando una respuesta',
    "J'attends encore une réponse",
    'Ich warte noch auf eine Antwort',
  ),
  stillWaitingSaved: five(
    'Segnato: aspetti ancora una risposta.',
    'Noted: you are still waiting for an answer.',
    'Anotado: sigues esperando una respuesta.',
    "C'est noté : vous attendez encore une réponse.",
    'Notiert: Du wartest noch auf eine Antwort.',
  ),
  stillWaitingNote: five(
    'Hai detto che aspetti ancora una risposta: la conversazione resta in attesa fino al prossimo messaggio.',
    'You said you are still waiting for an answer: the thread stays waiting until the next message.',
    'Dijiste que sigues esperando una respuesta: la conversación sigue en espera hasta el próximo mensaje.',
    "Vous avez indiqué attendre encore une réponse : le fil reste en attente jusqu'au prochain message.",
    'Du hast gesagt, dass Du noch auf eine Antwort wartest: Der Verlauf wartet bis zur nächsten Nachricht.',
  ),
  replyAnyway: five(
    'Rispondi comunque',
    'Reply anyway',
    'Responder igualmente',
    'Répondre quand même',
    'Trotzdem antworten',
  ),
  otherReplies: five(
    'Altre risposte',
    'Other replies',
    'Otras respuestas',
    'Autres réponses',
    'Andere Antworten',
  ),
  alternative: {
    'check-in': five(
      'Un sollecito gentile',
      'A friendly check-in',
      'Un recordatorio amable',
      'Une relance amicale',
      'Eine freundliche Nachfrage',
    ),
    'change-channel': five(
      'Proponi una breve telefonata',
      'Propose a short call',
      'Proponer una llamada breve',
      'Proposer un court appel',
      'Ein kurzes Telefonat vorschlagen',
    ),
    plan: five(
      'Un piano che funziona anche senza risposta',
      'A plan that works even without a reply',
      'Un plan que funciona aunque no haya respuesta',
      'Un plan qui marche même sans réponse',
      'Ein Plan, der auch ohne Antwort funktioniert',
    ),
    'close-the-loop': five(
      'Chiudi il cerchio',
      'Close the loop',
      'Cerrar el tema',
      'Clore l’échange',
      'Das Thema abschließen',
    ),
  },
  toneAuto: five(
    'Automatico (segue la conversazione)',
    'Automatic (follow the thread)',
    'Automático (según la conversación)',
    'Automatique (suit la conversation)',
    'Automatisch (wie im Verlauf)',
  ),
});

export const textsText = picker(TEXTS_STRINGS);
