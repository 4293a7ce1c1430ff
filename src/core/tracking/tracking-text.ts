// Interface text of reminders, tracked threads and their errors, in the add-on's two UI languages.
import type { UiLanguage } from '../i18n/ui-language';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const EN = {
  title: {
    followUp: (client: string, project: string) => `Follow up: ${client} — ${project}`,
    reply: (client: string, project: string) => `Reply: ${client} — ${project}`,
  },
  description: {
    waiting: (client: string, since: string, days: string) =>
      `Waiting on ${client} since ${since} (${days}).`,
    yourTurn: (client: string, since: string) => `${client} wrote on ${since}: the next move is yours.`,
    closed: (client: string) => `You closed the loop with ${client}: time to check in again.`,
    suggested: 'Suggested text:',
    open: 'Open the thread:',
    footer: 'Created by Follow-up Coach.',
  },
  section: 'Reminder',
  reminderOn: (date: string, time: string) => `${date} at ${time}`,
  noReminder: 'No reminder yet.',
  remindOn: (date: string) => `Remind me on ${date}`,
  remindToReply: 'Remind me to reply',
  checkInLater: (months: number) => `Check in again in ${plural(months, 'month', 'months')}`,
  pickDate: 'Reminder date',
  move: 'Move the reminder',
  remove: 'Remove the reminder',
  stop: 'Stop tracking this thread',
  set: (date: string, time: string) => `Reminder set for ${date} at ${time}.`,
  removed: 'Reminder removed.',
  nothingToRemove: 'There was no reminder to remove.',
  stopped: 'This thread is no longer tracked; its reminder is removed.',
  repliedRemoved: (client: string) => `${client} replied: the reminder was removed from your calendar.`,
  youRepliedRemoved: (client: string) =>
    `You replied to ${client}: the reminder to reply was removed from your calendar.`,
  pastDate: 'Choose today or a later date for the reminder.',
  errors: {
    quota:
      'Google Calendar is refusing requests for now (quota reached). Nothing was changed: try again later.',
    calendarMissing: (id: string) =>
      `The calendar "${id}" was not found. Choose another calendar in Settings; nothing was changed.`,
    calendar: 'Google Calendar could not be reached. Nothing was changed: try again in a minute.',
    lock: 'Another Follow-up Coach window is saving right now. Nothing was lost: try again in a moment.',
    storeFull:
      'Your Follow-up Coach storage is full. Stop tracking a few threads you no longer need, then try again.',
    noThread: 'Open the thread again: this button needs the thread it belongs to.',
  },
  home: {
    title: 'Follow-up Coach',
    header: (n: number) => plural(n, 'tracked thread', 'tracked threads'),
    waiting: (days: number) => `waiting ${plural(days, 'day', 'days')}`,
    yourTurn: (days: number) => `your turn for ${plural(days, 'day', 'days')}`,
    next: (date: string) => `next: ${date}`,
    overdue: (days: number) => `OVERDUE by ${plural(days, 'day', 'days')}`,
    dueToday: 'due today',
    open: 'Open',
    settings: 'Settings',
    more: (n: number) => `…and ${n} more (the most overdue are shown).`,
    unknown: 'your contact',
    noSubject: '(no subject)',
  },
};

export type TrackingText = typeof EN;

const IT: TrackingText = {
  title: {
    followUp: (client, project) => `Sollecito: ${client} — ${project}`,
    reply: (client, project) => `Rispondi: ${client} — ${project}`,
  },
  description: {
    waiting: (client, since, days) => `In attesa di ${client} dal ${since} (${days}).`,
    yourTurn: (client, since) => `${client} ha scritto il ${since}: ora tocca a te.`,
    closed: (client) => `Hai chiuso il cerchio con ${client}: è il momento di rifarti vivo.`,
    suggested: 'Testo suggerito:',
    open: 'Apri la conversazione:',
    footer: 'Creato da Follow-up Coach.',
  },
  section: 'Promemoria',
  reminderOn: (date, time) => `${date} alle ${time}`,
  noReminder: 'Nessun promemoria.',
  remindOn: (date) => `Ricordamelo il ${date}`,
  remindToReply: 'Ricordami di rispondere',
  checkInLater: (months) => `Rifatti vivo tra ${plural(months, 'mese', 'mesi')}`,
  pickDate: 'Data del promemoria',
  move: 'Sposta il promemoria',
  remove: 'Elimina il promemoria',
  stop: 'Smetti di seguire questa conversazione',
  set: (date, time) => `Promemoria fissato per ${date} alle ${time}.`,
  removed: 'Promemoria eliminato.',
  nothingToRemove: 'Non c’era alcun promemoria da eliminare.',
  stopped: 'Questa conversazione non è più seguita; il suo promemoria è stato eliminato.',
  repliedRemoved: (client) => `${client} ha risposto: il promemoria è stato tolto dal calendario.`,
  youRepliedRemoved: (client) =>
    `Hai risposto a ${client}: il promemoria per rispondere è stato tolto dal calendario.`,
  pastDate: 'Scegli oggi o una data successiva per il promemoria.',
  errors: {
    quota:
      'Google Calendar sta rifiutando le richieste (quota raggiunta). Nulla è cambiato: riprova più tardi.',
    calendarMissing: (id) =>
      `Il calendario "${id}" non esiste. Scegline un altro nelle Impostazioni; nulla è cambiato.`,
    calendar: 'Impossibile raggiungere Google Calendar. Nulla è cambiato: riprova tra un minuto.',
    lock: 'Un’altra finestra di Follow-up Coach sta salvando proprio ora. Nulla è andato perso: riprova tra poco.',
    storeFull:
      'Lo spazio di Follow-up Coach è pieno. Smetti di seguire qualche conversazione che non ti serve più e riprova.',
    noThread: 'Riapri la conversazione: questo pulsante ha bisogno della conversazione a cui appartiene.',
  },
  home: {
    title: 'Follow-up Coach',
    header: (n) => plural(n, 'conversazione seguita', 'conversazioni seguite'),
    waiting: (days) => `in attesa da ${plural(days, 'giorno', 'giorni')}`,
    yourTurn: (days) => `tocca a te da ${plural(days, 'giorno', 'giorni')}`,
    next: (date) => `prossimo passo: ${date}`,
    overdue: (days) => `IN RITARDO di ${plural(days, 'giorno', 'giorni')}`,
    dueToday: 'da fare oggi',
    open: 'Apri',
    settings: 'Impostazioni',
    more: (n) => `…e altre ${n} (sono mostrate le più in ritardo).`,
    unknown: 'il tuo contatto',
    noSubject: '(senza oggetto)',
  },
};

export function trackingText(language: UiLanguage): TrackingText {
  return language === 'it' ? IT : EN;
}
