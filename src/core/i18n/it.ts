// Italian interface text of the add-on (nudge bodies live in src/core/texts).
import type { UiText } from './en';

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
  aboutDays: (days) => (days < 1 ? 'meno di un giorno' : plural(Math.round(days), 'giorno', 'giorni')),
  followUpsSent: 'Solleciti inviati dopo il primo messaggio senza risposta',
  waitingSince: 'In attesa dal',
  awayUntil: (name, date) => `${name} è assente fino al ${date} (risposta automatica).`,
  promised: (name, date) => `${name} ha promesso una risposta entro il ${date}.`,
  noHolidays: 'Impossibile leggere le festività: vengono saltati solo i fine settimana.',
  automatedCount: (n) => plural(n, 'messaggio automatico ignorato', 'messaggi automatici ignorati'),
  unknownSubject: '(senza oggetto)',
  someone: 'il tuo contatto',
  errorTitle: 'Qualcosa è andato storto',
  errorThread: 'Non è stato possibile leggere questa conversazione. Riaprila o riprova tra un minuto.',
  retry: 'Riprova',
};
