// Italian interface text of the add-on (nudge bodies live in src/core/texts).
import type { UiText } from './en';
import { wholeReplyDays } from './reply-days';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const it: UiText = {
  days: (n) => plural(n, 'giorno', 'giorni'),
  workingDays: (n) => plural(n, 'giorno lavorativo', 'giorni lavorativi'),
  waitingOn: (name, days, working) => `In attesa di ${name} da ${days} · ${working}`,
  yourTurn: (name, days) => `${name} ha scritto per ultimo ${days} fa: ora tocca a te`,
  yourTurnToday: (name) => `${name} ha scritto oggi: ora tocca a te`,
  noClient: 'Nessuno da attendere: in questa conversazione ci sono solo messaggi tuoi o automatici.',
  client: 'Cliente',
  lastClientReply: 'Ultima risposta del cliente',
  never: 'ancora nessuna',
  ago: (when, days) => `${when} (${days} fa)`,
  today: (when) => `${when} (oggi)`,
  typicalReply: 'Di solito risponde entro',
  typicalReplyUnknown: 'storico ancora insufficiente',
  aboutDays: (days) => (days < 1 ? 'meno di un giorno' : plural(wholeReplyDays(days), 'giorno', 'giorni')),
  followUpsSent: 'Solleciti inviati dopo il primo messaggio senza risposta',
  waitingSince: 'In attesa dal',
  backOn: (name, date) => `${name} rientra ${date} (risposta automatica).`,
  promised: (name, date) => `${name} ha promesso una risposta entro ${date}.`,
  promisedStatus: (name, date) => `${name} ha promesso una risposta entro ${date}`,
  promisePassed: (name, date) => `${name} aveva promesso una risposta entro ${date}: la data è passata`,
  undelivered: (address) =>
    `Il tuo ultimo messaggio a ${address} non è stato consegnato: controlla l'indirizzo.`,
  checkAddress: "Controlla l'indirizzo",
  noNudgeUndelivered:
    'Nessun follow-up suggerito: non verrebbe consegnato neanche quello. Quando avrai un indirizzo corretto, manda lì il tuo messaggio.',
  noHolidays: 'Impossibile leggere le festività: vengono saltati solo i fine settimana.',
  automatedCount: (n) => plural(n, 'messaggio automatico ignorato', 'messaggi automatici ignorati'),
  unknownSubject: '(senza oggetto)',
  nextStep: (stage) => `Prossimo passo: ${stage}`,
  nextStepOn: (stage, date) => `Prossimo passo: ${stage}, ${date}`,
  suggestedOn: 'Data suggerita',
  todayMark: (date) => `${date} · oggi`,
  replyWithThis: 'Rispondi con questo',
  replyNow: 'Rispondi ora',
  useItNow: 'Invialo comunque ora',
  prepareDraft: 'Prepara la bozza',
  suggestedText: (language) => `Testo suggerito (${language})`,
  previewNext: 'Anteprima del testo',
  tone: 'Tono',
  warm: 'Cordiale',
  formal: 'Formale',
  formalFallback: 'Per questa lingua è disponibile solo il tono cordiale.',
  noMoreEmails:
    'Niente più email: il cerchio è chiuso. Il passo più garbato ora è un promemoria in calendario.',
  languageNames: { it: 'italiano', en: 'inglese', es: 'spagnolo', fr: 'francese', de: 'tedesco' },
  draftFailed: 'Impossibile creare la bozza. Riapri la conversazione e riprova.',
  someone: 'il tuo contatto',
  errorTitle: 'Qualcosa è andato storto',
  errorThread: 'Non è stato possibile leggere questa conversazione. Riaprila o riprova tra un minuto.',
  retry: 'Riprova',
};
