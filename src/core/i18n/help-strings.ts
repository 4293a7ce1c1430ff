// The Help card's text (universal action): how the add-on judges a thread, in it, en, es, fr, de.
import { five } from './five';

/** Built on first use (a function, so loading the bundle costs nothing for it). */
export const HELP_STRINGS = () => ({
  title: five(
    'Come funziona Follow-up Coach',
    'How Follow-up Coach works',
    'Cómo funciona Follow-up Coach',
    'Comment fonctionne Follow-up Coach',
    'So funktioniert Follow-up Coach',
  ),
  lines: five(
    [
      'Apri una conversazione: il pannello conta i giorni (e quelli lavorativi) dal tuo primo messaggio senza risposta. Risposte automatiche, errori di recapito e newsletter non contano come risposta.',
      'Al momento giusto propone un sollecito breve: prima fare il punto, poi una chiamata, infine un messaggio che chiude il cerchio. Poi niente più email.',
      'Rispetta fine settimana, festività, assenze e date promesse dal cliente. Legge solo la conversazione aperta e non salva il testo dei messaggi.',
    ],
    [
      'Open a thread: the sidebar counts the days (and working days) since your first unanswered message. Automatic replies, bounces and newsletters never count as an answer.',
      'When it is time, it suggests a short nudge: a check-in, then a call, then a kind message that closes the loop. Then no more emails.',
      'It respects weekends, holidays, absences and dates the client promised. It reads only the open thread and never stores message text.',
    ],
    [
      'Abre una conversación: el panel cuenta los días (y los laborables) desde tu primer mensaje sin respuesta. Respuestas automáticas, rebotes y boletines nunca cuentan como respuesta.',
      'Cuando toca, sugiere un recordatorio breve: primero retomar el tema, luego una llamada y al final un mensaje que cierra el ciclo. Después, ningún correo más.',
      'Respeta fines de semana, festivos, ausencias y fechas prometidas por el cliente. Solo lee la conversación abierta y nunca guarda el texto de los mensajes.',
    ],
    [
      'Ouvrez une conversation : le panneau compte les jours (et jours ouvrés) depuis votre premier message sans réponse. Réponses automatiques, messages non remis et newsletters ne comptent jamais comme réponse.',
      'Le moment venu, il propose une relance courte : un point, puis un appel, enfin un message courtois qui clôt l’échange. Ensuite, plus d’e-mails.',
      'Il respecte week-ends, jours fériés, absences et dates promises par le client. Il ne lit que la conversation ouverte et n’enregistre jamais le texte des messages.',
    ],
    [
      'Öffne eine Unterhaltung: die Seitenleiste zählt die Tage (und Arbeitstage) seit deiner ersten unbeantworteten Nachricht. Automatische Antworten, Unzustellbarkeitsmeldungen und Newsletter zählen nie als Antwort.',
      'Wenn es Zeit ist, schlägt sie eine kurze Nachfrage vor: erst nachhaken, dann ein Telefonat, zuletzt ein freundlicher Abschluss. Danach keine E-Mails mehr.',
      'Sie beachtet Wochenenden, Feiertage, Abwesenheiten und vom Kunden versprochene Termine. Sie liest nur die offene Unterhaltung und speichert nie Nachrichtentexte.',
    ],
  ),
});
