// The Help card's text (universal action): how the add-on judges a thread, in it, en, es, fr, de.
import { five } from './five';

export const HELP_STRINGS = {
  title: five(
    'Come funziona Follow-up Coach',
    'How Follow-up Coach works',
    'Cómo funciona Follow-up Coach',
    'Comment fonctionne Follow-up Coach',
    'So funktioniert Follow-up Coach',
  ),
  lines: five(
    [
      'Apri una conversazione in cui il cliente è sparito. Il pannello conta i giorni e i giorni lavorativi dal tuo primo messaggio senza risposta; risposte automatiche, errori di recapito e newsletter non valgono mai come risposta.',
      'Quando è il momento, propone un sollecito breve e cordiale: prima un saluto per fare il punto, poi la proposta di sentirsi, infine un messaggio gentile che chiude il cerchio. Dopo non suggerisce altre email.',
      'Tiene conto di fine settimana, festività, assenze annunciate dalle risposte automatiche e date promesse dal cliente.',
      'Legge solo la conversazione che apri e non salva mai il testo dei messaggi: solo date, indirizzo del cliente e un oggetto abbreviato.',
      'Impostazioni: il tuo nome, gli altri tuoi indirizzi (alias), giorni lavorativi, festività, orario del promemoria, tono e lingua.',
    ],
    [
      'Open a thread where a client has gone quiet. The sidebar counts the days and working days since your first unanswered message; automatic replies, bounces and newsletters never count as an answer.',
      'When it is time, it suggests a short, friendly nudge: a check-in first, then an offer to talk, then a kind message that closes the loop. After that it stops suggesting emails.',
      'It respects weekends, public holidays, absences announced by automatic replies and dates the client promised.',
      'It reads only the thread you open and never stores message text: just dates, the client address and a short subject.',
      'Settings: your name, your other addresses (aliases), working days, holidays, reminder time, tone and language.',
    ],
    [
      'Abre una conversación en la que el cliente ya no contesta. El panel cuenta los días y los días laborables desde tu primer mensaje sin respuesta; las respuestas automáticas, los rebotes y los boletines nunca cuentan como respuesta.',
      'Cuando llega el momento, sugiere un recordatorio breve y amable: primero una consulta, luego la propuesta de hablar y al final un mensaje cordial que cierra el ciclo. Después deja de sugerir correos.',
      'Respeta fines de semana, festivos, ausencias anunciadas en respuestas automáticas y fechas que el cliente prometió.',
      'Solo lee la conversación que abres y nunca guarda el texto de los mensajes: solo fechas, la dirección del cliente y un asunto corto.',
      'Ajustes: tu nombre, tus otras direcciones (alias), días laborables, festivos, hora del recordatorio, tono e idioma.',
    ],
    [
      'Ouvrez une conversation où le client ne répond plus. Le panneau compte les jours et les jours ouvrés depuis votre premier message sans réponse ; réponses automatiques, messages non remis et newsletters ne comptent jamais comme une réponse.',
      'Le moment venu, il propose une relance courte et aimable : d’abord un point, puis l’offre d’en parler, enfin un message courtois qui clôt l’échange. Ensuite, il ne propose plus d’e-mails.',
      'Il tient compte des week-ends, des jours fériés, des absences annoncées par réponse automatique et des dates promises par le client.',
      'Il ne lit que la conversation ouverte et n’enregistre jamais le texte des messages : seulement des dates, l’adresse du client et un objet abrégé.',
      'Paramètres : votre nom, vos autres adresses (alias), jours ouvrés, jours fériés, heure du rappel, ton et langue.',
    ],
    [
      'Öffne eine Unterhaltung, in der ein Kunde verstummt ist. Die Seitenleiste zählt Tage und Arbeitstage seit deiner ersten unbeantworteten Nachricht; automatische Antworten, Unzustellbarkeitsmeldungen und Newsletter zählen nie als Antwort.',
      'Wenn es Zeit ist, schlägt sie eine kurze, freundliche Nachfrage vor: zuerst ein kurzes Nachhaken, dann ein Gesprächsangebot, schließlich eine höfliche Nachricht, die das Thema abschließt. Danach schlägt sie keine E-Mails mehr vor.',
      'Sie berücksichtigt Wochenenden, Feiertage, per automatischer Antwort angekündigte Abwesenheiten und vom Kunden versprochene Termine.',
      'Sie liest nur die geöffnete Unterhaltung und speichert nie Nachrichtentexte: nur Daten, die Adresse des Kunden und einen kurzen Betreff.',
      'Einstellungen: dein Name, deine weiteren Adressen (Aliasse), Arbeitstage, Feiertage, Erinnerungszeit, Ton und Sprache.',
    ],
  ),
};
