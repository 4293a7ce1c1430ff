// The sidebar's interface strings in it, en, es, fr, de (nudge bodies live in src/core/texts).
import { count, five } from './five';
import { wholeReplyDays } from './reply-days';

type N = (n: number) => string;
type S = (a: string) => string;
type S2 = (a: string, b: string) => string;
type S3 = (a: string, b: string, c: string) => string;

/** Built on first use (a function, so loading the bundle costs nothing for it). */
export const UI_STRINGS = () => ({
  days: five<N>(
    (n) => count(n, 'giorno', 'giorni'),
    (n) => count(n, 'day', 'days'),
    (n) => count(n, 'día', 'días'),
    (n) => count(n, 'jour', 'jours', true),
    (n) => count(n, 'Tag', 'Tage'),
  ),
  workingDays: five<N>(
    (n) => count(n, 'giorno lavorativo', 'giorni lavorativi'),
    (n) => count(n, 'working day', 'working days'),
    (n) => count(n, 'día laborable', 'días laborables'),
    (n) => count(n, 'jour ouvré', 'jours ouvrés', true),
    (n) => count(n, 'Arbeitstag', 'Arbeitstage'),
  ),
  waitingOn: five<S3>(
    (name, days, working) => `In attesa di ${name} da ${days} · ${working}`,
    (name, days, working) => `Waiting on ${name} for ${days} · ${working}`,
    (name, days, working) => `Esperando a ${name} desde hace ${days} · ${working}`,
    (name, days, working) => `En attente de ${name} depuis ${days} · ${working}`,
    (name, days, working) => `Du wartest auf ${name}: ${days} · ${working}`,
  ),
  yourTurn: five<S2>(
    (name, days) => `${name} ha scritto per ultimo ${days} fa: ora tocca a te`,
    (name, days) => `${name} wrote last, ${days} ago: the next move is yours`,
    (name, days) => `${name} escribió lo último hace ${days}: te toca a ti`,
    (name, days) => `${name} a écrit en dernier il y a ${days} : c'est à vous`,
    (name, days) => `${name} hat vor ${days} zuletzt geschrieben: Du bist dran`,
  ),
  yourTurnToday: five<S>(
    (name) => `${name} ha scritto oggi: ora tocca a te`,
    (name) => `${name} wrote today: the next move is yours`,
    (name) => `${name} escribió hoy: te toca a ti`,
    (name) => `${name} a écrit aujourd'hui : c'est à vous`,
    (name) => `${name} hat heute geschrieben: Du bist dran`,
  ),
  noClient: five(
    'Nessuno da attendere: in questa conversazione ci sono solo messaggi tuoi o automatici.',
    'Nobody to wait on here: this thread has only your messages or automated mail.',
    'Nadie a quien esperar: en esta conversación solo hay mensajes tuyos o automáticos.',
    'Personne à attendre : cette conversation ne contient que vos messages ou des e-mails automatiques.',
    'Hier wartest du auf niemanden: nur deine eigenen oder automatische Nachrichten.',
  ),
  lastClientReply: five(
    'Ultima risposta del cliente',
    'Last reply from the client',
    'Última respuesta del cliente',
    'Dernière réponse du client',
    'Letzte Antwort des Kunden',
  ),
  never: five('ancora nessuna', 'none yet', 'ninguna todavía', 'aucune pour l’instant', 'noch keine'),
  ago: five<S2>(
    (when, days) => `${when} (${days} fa)`,
    (when, days) => `${when} (${days} ago)`,
    (when, days) => `${when} (hace ${days})`,
    (when, days) => `${when} (il y a ${days})`,
    (when, days) => `${when} (vor ${days})`,
  ),
  today: five<S>(
    (when) => `${when} (oggi)`,
    (when) => `${when} (today)`,
    (when) => `${when} (hoy)`,
    (when) => `${when} (aujourd'hui)`,
    (when) => `${when} (heute)`,
  ),
  typicalReply: five(
    'Di solito risponde entro',
    'Usually replies within',
    'Suele responder en',
    'Répond d’habitude sous',
    'Antwortet meist innerhalb von',
  ),
  typicalReplyUnknown: five(
    'storico ancora insufficiente',
    'not enough history yet',
    'aún no hay historial suficiente',
    'pas encore assez d’historique',
    'noch zu wenig Verlauf',
  ),
  /** One wording and one rounding for the usual reply time (wholeReplyDays), here and in the reasons. */
  aboutDays: five<N>(
    (d) => count(wholeReplyDays(d), 'giorno', 'giorni'),
    (d) => count(wholeReplyDays(d), 'day', 'days'),
    (d) => count(wholeReplyDays(d), 'día', 'días'),
    (d) => count(wholeReplyDays(d), 'jour', 'jours', true),
    (d) => count(wholeReplyDays(d), 'Tag', 'Tagen'),
  ),
  followUpsSent: five(
    'Solleciti inviati dopo il primo messaggio senza risposta',
    'Follow-ups sent since your first unanswered message',
    'Recordatorios enviados desde tu primer mensaje sin respuesta',
    'Relances envoyées depuis votre premier message sans réponse',
    'Nachfassungen seit deiner ersten unbeantworteten Nachricht',
  ),
  waitingSince: five(
    'In attesa dal',
    'Waiting since',
    'Esperando desde',
    'En attente depuis le',
    'Wartet seit',
  ),
  backOn: five<S2>(
    (name, date) => `${name} rientra ${date} (risposta automatica).`,
    (name, date) => `${name} is back on ${date} (automatic reply).`,
    (name, date) => `${name} vuelve el ${date} (respuesta automática).`,
    (name, date) => `${name} revient le ${date} (réponse automatique).`,
    (name, date) => `${name} ist ab ${date} zurück (automatische Antwort).`,
  ),
  promised: five<S2>(
    (name, date) => `${name} ha promesso una risposta entro ${date}.`,
    (name, date) => `${name} promised an answer by ${date}.`,
    (name, date) => `${name} prometió una respuesta para el ${date}.`,
    (name, date) => `${name} a promis une réponse d’ici le ${date}.`,
    (name, date) => `${name} hat bis ${date} eine Antwort versprochen.`,
  ),
  promisedStatus: five<S2>(
    (name, date) => `${name} ha promesso una risposta entro ${date}`,
    (name, date) => `${name} promised an answer by ${date}`,
    (name, date) => `${name} prometió una respuesta para el ${date}`,
    (name, date) => `${name} a promis une réponse d’ici le ${date}`,
    (name, date) => `${name} hat bis ${date} eine Antwort versprochen`,
  ),
  promisePassed: five<S2>(
    (name, date) => `${name} aveva promesso una risposta entro ${date}: la data è passata`,
    (name, date) => `${name} promised an answer by ${date}: that date has passed`,
    (name, date) => `${name} prometió una respuesta para el ${date}: la fecha ya pasó`,
    (name, date) => `${name} avait promis une réponse d’ici le ${date} : la date est passée`,
    (name, date) => `${name} hat bis ${date} eine Antwort versprochen: das Datum ist vorbei`,
  ),
  undelivered: five<S>(
    (address) => `Il tuo ultimo messaggio a ${address} non è stato consegnato: controlla l'indirizzo.`,
    (address) => `Your last message to ${address} was not delivered: check the address.`,
    (address) => `Tu último mensaje a ${address} no se entregó: revisa la dirección.`,
    (address) => `Votre dernier message à ${address} n’a pas été remis : vérifiez l’adresse.`,
    (address) => `Deine letzte Nachricht an ${address} wurde nicht zugestellt: prüfe die Adresse.`,
  ),
  checkAddress: five(
    "Controlla l'indirizzo",
    'Check the address',
    'Revisa la dirección',
    'Vérifiez l’adresse',
    'Prüfe die Adresse',
  ),
  noHolidays: five(
    'Impossibile leggere le festività: vengono saltati solo i fine settimana.',
    'Public holidays could not be read: only weekends are skipped.',
    'No se pudieron leer los festivos: solo se saltan los fines de semana.',
    'Impossible de lire les jours fériés : seuls les week-ends sont sautés.',
    'Feiertage konnten nicht gelesen werden: nur Wochenenden werden übersprungen.',
  ),
  automatedCount: five<N>(
    (n) => count(n, 'messaggio automatico ignorato', 'messaggi automatici ignorati'),
    (n) => count(n, 'automated message ignored', 'automated messages ignored'),
    (n) => count(n, 'mensaje automático ignorado', 'mensajes automáticos ignorados'),
    (n) => count(n, 'message automatique ignoré', 'messages automatiques ignorés', true),
    (n) => count(n, 'automatische Nachricht ignoriert', 'automatische Nachrichten ignoriert'),
  ),
  unknownSubject: five('(senza oggetto)', '(no subject)', '(sin asunto)', '(sans objet)', '(kein Betreff)'),
  replyWithThis: five(
    'Rispondi con questo',
    'Reply with this',
    'Responder con esto',
    'Répondre avec ce texte',
    'Damit antworten',
  ),
  useItNow: five('Rispondi ora', 'Reply now', 'Responder ya', 'Répondre', 'Jetzt antworten'),
  prepareDraft: five(
    'Prepara la bozza',
    'Prepare the draft',
    'Preparar el borrador',
    'Préparer le brouillon',
    'Entwurf vorbereiten',
  ),
  suggestedText: five<S>(
    (language) => `Testo suggerito (${language})`,
    (language) => `Suggested text (${language})`,
    (language) => `Texto sugerido (${language})`,
    (language) => `Texte proposé (${language})`,
    (language) => `Textvorschlag (${language})`,
  ),
  tone: five('Tono', 'Tone', 'Tono', 'Ton', 'Ton'),
  warm: five('Cordiale', 'Warm', 'Cercano', 'Chaleureux', 'Herzlich'),
  formal: five('Formale', 'Formal', 'Formal', 'Formel', 'Förmlich'),
  noMoreEmails: five(
    'Niente più email: il cerchio è chiuso. Il passo più garbato ora è un promemoria in calendario.',
    'No more emails: the loop is closed. A calendar check-in is the kindest next step.',
    'No más correos: el ciclo está cerrado. Lo más amable ahora es un recordatorio en el calendario.',
    'Plus d’e-mails : la boucle est bouclée. Le geste le plus élégant est un rappel dans l’agenda.',
    'Keine weiteren E-Mails: der Kreis ist geschlossen. Am freundlichsten ist jetzt eine Erinnerung im Kalender.',
  ),
  languageNames: {
    it: five('italiano', 'Italian', 'italiano', 'italien', 'Italienisch'),
    en: five('inglese', 'English', 'inglés', 'anglais', 'Englisch'),
    es: five('spagnolo', 'Spanish', 'español', 'espagnol', 'Spanisch'),
    fr: five('francese', 'French', 'francés', 'français', 'Französisch'),
    de: five('tedesco', 'German', 'alemán', 'allemand', 'Deutsch'),
  } as Record<string, readonly [string, string, string, string, string]>,
  draftFailed: five(
    'Impossibile creare la bozza. Riapri la conversazione e riprova.',
    'The draft could not be created. Reopen the thread and try again.',
    'No se pudo crear el borrador. Vuelve a abrir la conversación e inténtalo de nuevo.',
    'Le brouillon n’a pas pu être créé. Rouvrez la conversation et réessayez.',
    'Der Entwurf konnte nicht erstellt werden. Öffne die Unterhaltung erneut und versuch es noch einmal.',
  ),
  someone: five('il tuo contatto', 'your contact', 'tu contacto', 'votre contact', 'dein Kontakt'),
  errorTitle: five(
    'Qualcosa è andato storto',
    'Something went wrong',
    'Algo salió mal',
    'Un problème est survenu',
    'Etwas ist schiefgelaufen',
  ),
  errorThread: five(
    'Non è stato possibile leggere questa conversazione. Riaprila o riprova tra un minuto.',
    'This thread could not be read. Reopen it, or try again in a minute.',
    'No se pudo leer esta conversación. Vuelve a abrirla o inténtalo dentro de un minuto.',
    'Impossible de lire cette conversation. Rouvrez-la ou réessayez dans une minute.',
    'Diese Unterhaltung konnte nicht gelesen werden. Öffne sie erneut oder versuch es in einer Minute.',
  ),
  errorHomepage: five(
    'Impossibile mostrare le conversazioni seguite. Riapri la home del componente o riprova tra un minuto.',
    'Your tracked threads could not be shown. Reopen the add-on’s homepage, or try again in a minute.',
    'No se pudieron mostrar tus conversaciones seguidas. Vuelve a abrir el inicio del complemento o inténtalo en un minuto.',
    'Impossible d’afficher vos conversations suivies. Rouvrez l’accueil du module ou réessayez dans une minute.',
    'Deine verfolgten Unterhaltungen konnten nicht angezeigt werden. Öffne die Startseite erneut oder versuch es in einer Minute.',
  ),
  errorSettings: five(
    'Impossibile aprire le Impostazioni. Quelle salvate non sono cambiate: riprova tra un minuto.',
    'Settings could not be opened. Your saved settings are unchanged: try again in a minute.',
    'No se pudieron abrir los Ajustes. Los guardados no han cambiado: inténtalo en un minuto.',
    'Impossible d’ouvrir les Paramètres. Ceux enregistrés n’ont pas changé : réessayez dans une minute.',
    'Die Einstellungen ließen sich nicht öffnen. Die gespeicherten sind unverändert: versuch es in einer Minute.',
  ),
  errorPage: five(
    'Impossibile mostrare questa scheda. Riprova tra un minuto.',
    'This card could not be shown. Try again in a minute.',
    'No se pudo mostrar esta tarjeta. Inténtalo en un minuto.',
    'Impossible d’afficher cette fiche. Réessayez dans une minute.',
    'Diese Karte konnte nicht angezeigt werden. Versuch es in einer Minute.',
  ),
  /** The facts about the wait, in one collapsible section. */
  details: five(
    'Dettagli: risposte e attese',
    'Details: replies and waiting',
    'Detalles: respuestas y espera',
    'Détails : réponses et attente',
    'Details: Antworten und Wartezeit',
  ),
  /** "today" or "on Wed 25 Nov", inside the next-step line. */
  todayWord: five('oggi', 'today', 'hoy', 'aujourd’hui', 'heute'),
  onDate: five<S>(
    (date) => date,
    (date) => `on ${date}`,
    (date) => `el ${date}`,
    (date) => `le ${date}`,
    (date) => `am ${date}`,
  ),
  /** The next step named for what the user does, with when ("today", "on Wed 25 Nov"). */
  steps: {
    wait: five<S>(
      (when) => `Aspetta: primo sollecito ${when}`,
      (when) => `Wait: check in ${when}`,
      (when) => `Espera: primer recordatorio ${when}`,
      (when) => `Patientez : relance ${when}`,
      (when) => `Abwarten: nachfragen ${when}`,
    ),
    'check-in': five<S>(
      (when) => `Scrivi per fare il punto ${when}`,
      (when) => `Check in ${when}`,
      (when) => `Escribe para retomar el tema ${when}`,
      (when) => `Relancez ${when}`,
      (when) => `Frag ${when} nach`,
    ),
    'change-channel': five<S>(
      (when) => `Proponi una breve chiamata ${when}`,
      (when) => `Suggest a short call ${when}`,
      (when) => `Propón una llamada breve ${when}`,
      (when) => `Proposez un court appel ${when}`,
      (when) => `Schlag ${when} ein kurzes Telefonat vor`,
    ),
    'close-the-loop': five<S>(
      (when) => `Chiudi il cerchio con garbo ${when}`,
      (when) => `Close the loop kindly ${when}`,
      (when) => `Cierra el ciclo con amabilidad ${when}`,
      (when) => `Clôturez l’échange avec élégance ${when}`,
      (when) => `Schließ ${when} freundlich ab`,
    ),
    rest: five<S>(
      (when) => `Lascia riposare: rifatti vivo ${when}`,
      (when) => `Let it rest: check in again ${when}`,
      (when) => `Déjalo reposar: vuelve a escribir ${when}`,
      (when) => `Laissez reposer : reprenez contact ${when}`,
      (when) => `Ruhen lassen: melde dich ${when} wieder`,
    ),
    reply: five<S>(
      (when) => `Rispondi ${when}`,
      (when) => `Reply ${when}`,
      (when) => `Responde ${when}`,
      (when) => `Répondez ${when}`,
      (when) => `Antworte ${when}`,
    ),
    promised: five<S2>(
      (name, when) => `Aspetta la risposta di ${name}: sollecito ${when}`,
      (name, when) => `Wait for an answer from ${name}: check in ${when}`,
      (name, when) => `Espera la respuesta de ${name}: recordatorio ${when}`,
      (name, when) => `Attendez la réponse de ${name} : relance ${when}`,
      (name, when) => `Warte auf die Antwort von ${name}: nachfragen ${when}`,
    ),
  },
  stepLabel: five('Prossimo passo', 'Next step', 'Siguiente paso', 'Prochaine étape', 'Nächster Schritt'),
  /** Headline after close-the-loop: when I closed it. */
  closedOn: five<S2>(
    (date, days) => `Hai chiuso il cerchio il ${date} (${days} fa)`,
    (date, days) => `You closed the loop on ${date} (${days} ago)`,
    (date, days) => `Cerraste el ciclo el ${date} (hace ${days})`,
    (date, days) => `Vous avez clos l’échange le ${date} (il y a ${days})`,
    (date, days) => `Du hast am ${date} abgeschlossen (vor ${days})`,
  ),
  /** Headline of a bounced message. */
  bounced: five<S>(
    (address) => `Messaggio non consegnato a ${address}`,
    (address) => `Your message to ${address} bounced`,
    (address) => `Tu mensaje a ${address} no se entregó`,
    (address) => `Votre message à ${address} n’a pas été remis`,
    (address) => `Deine Nachricht an ${address} kam nicht an`,
  ),
  checkAddressNote: five(
    'Controlla l’indirizzo (un errore di battitura?) e rimanda il messaggio a quello giusto: nessun sollecito finché non arriva.',
    'Check the address (a typo?) and send your message again to the right one: no follow-up until it arrives.',
    'Revisa la dirección (¿una errata?) y vuelve a enviar tu mensaje a la correcta: ningún recordatorio hasta que llegue.',
    'Vérifiez l’adresse (une faute de frappe ?) et renvoyez votre message à la bonne : pas de relance tant qu’il n’est pas arrivé.',
    'Prüfe die Adresse (ein Tippfehler?) und schick deine Nachricht noch einmal an die richtige: keine Nachfrage, bevor sie ankommt.',
  ),
  /** The note of the reply stage, addressed to the user (interface language, not the thread's). */
  replyNote: five<S>(
    (name) =>
      `${name} aspetta una tua risposta. Anche due righe oggi tengono vivo il progetto, magari solo per dire quando arriverà quella completa.`,
    (name) =>
      `${name} is waiting for your answer. Even two lines today keep the project alive, if only to say when the full reply will come.`,
    (name) =>
      `${name} espera tu respuesta. Incluso dos líneas hoy mantienen vivo el proyecto, aunque solo digan cuándo llegará la respuesta completa.`,
    (name) =>
      `${name} attend votre réponse. Même deux lignes aujourd’hui gardent le projet en vie, ne serait-ce que pour dire quand viendra la réponse complète.`,
    (name) =>
      `${name} wartet auf deine Antwort. Schon zwei Zeilen heute halten das Projekt am Leben, und sei es nur, um zu sagen, wann die ausführliche Antwort kommt.`,
  ),
});
