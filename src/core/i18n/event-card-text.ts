// Interface text of the reminder card in Google Calendar (event open, Snooze, Done), in the five languages.

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export interface EventCardText {
  readonly title: string;
  /** Label of the status fact: the state is the one seen when the thread was last opened. */
  readonly asOf: (date: string) => string;
  readonly waiting: (client: string, days: number) => string;
  readonly yourTurn: (client: string, days: number) => string;
  readonly closed: (client: string) => string;
  readonly noClient: string;
  readonly nextStep: string;
  readonly suggestedOn: string;
  readonly reminder: string;
  readonly at: (date: string, time: string) => string;
  readonly suggestedText: string;
  readonly noSuggestedText: string;
  readonly openThread: string;
  readonly snooze: string;
  readonly tomorrow: (date: string) => string;
  readonly nextWorkingDay: (date: string) => string;
  readonly threeWorkingDays: (date: string) => string;
  readonly nextWeek: (date: string) => string;
  readonly done: string;
  readonly doneHint: string;
  readonly snoozed: (date: string, time: string) => string;
  readonly finished: (client: string) => string;
  readonly stale: string;
  readonly removeEvent: string;
  readonly removed: string;
  readonly notReminder: string;
}

const EN: EventCardText = {
  title: 'Follow-up reminder',
  asOf: (date) => `When you last looked (${date})`,
  waiting: (client, days) => `Waiting on ${client} for ${plural(days, 'day', 'days')}`,
  yourTurn: (client, days) => `${client} wrote last, ${plural(days, 'day', 'days')} ago: your move`,
  closed: (client) => `Loop closed with ${client}: time to check in again`,
  noClient: 'Nobody to wait on in this thread',
  nextStep: 'Next step',
  suggestedOn: 'Suggested send date',
  reminder: 'This reminder',
  at: (date, time) => `${date} at ${time}`,
  suggestedText: 'Suggested text',
  noSuggestedText: 'The suggested text is no longer in this event’s description.',
  openThread: 'Open the thread',
  snooze: 'Snooze',
  tomorrow: (date) => `Tomorrow · ${date}`,
  nextWorkingDay: (date) => `Next working day · ${date}`,
  threeWorkingDays: (date) => `In 3 working days · ${date}`,
  nextWeek: (date) => `Next week · ${date}`,
  done: 'Done',
  doneHint: 'Done stops tracking this thread and removes this reminder.',
  snoozed: (date, time) => `Reminder moved to ${date} at ${time}.`,
  finished: (client) => `Done: the thread with ${client} is no longer tracked and its reminder is removed.`,
  stale: 'Follow-up Coach no longer tracks this thread: tracking was stopped in Gmail.',
  removeEvent: 'Remove this reminder',
  removed: 'The reminder was removed from your calendar.',
  notReminder: 'This event is not a Follow-up Coach reminder.',
};

const IT: EventCardText = {
  title: 'Promemoria di sollecito',
  asOf: (date) => `All’ultima apertura (${date})`,
  waiting: (client, days) => `Aspetti ${client} da ${plural(days, 'giorno', 'giorni')}`,
  yourTurn: (client, days) =>
    `${client} ha scritto per ultimo ${plural(days, 'giorno', 'giorni')} fa: tocca a te`,
  closed: (client) => `Cerchio chiuso con ${client}: è ora di rifarti vivo`,
  noClient: 'Nessuno da aspettare in questa conversazione',
  nextStep: 'Prossimo passo',
  suggestedOn: 'Data d’invio suggerita',
  reminder: 'Questo promemoria',
  at: (date, time) => `${date} alle ${time}`,
  suggestedText: 'Testo suggerito',
  noSuggestedText: 'Il testo suggerito non è più nella descrizione di questo evento.',
  openThread: 'Apri la conversazione',
  snooze: 'Rimanda',
  tomorrow: (date) => `Domani · ${date}`,
  nextWorkingDay: (date) => `Prossimo giorno lavorativo · ${date}`,
  threeWorkingDays: (date) => `Tra 3 giorni lavorativi · ${date}`,
  nextWeek: (date) => `La settimana prossima · ${date}`,
  done: 'Fatto',
  doneHint: 'Fatto smette di seguire la conversazione ed elimina questo promemoria.',
  snoozed: (date, time) => `Promemoria spostato a ${date} alle ${time}.`,
  finished: (client) =>
    `Fatto: la conversazione con ${client} non è più seguita e il suo promemoria è eliminato.`,
  stale: 'Follow-up Coach non segue più questa conversazione: è stata tolta da Gmail.',
  removeEvent: 'Elimina questo promemoria',
  removed: 'Il promemoria è stato tolto dal calendario.',
  notReminder: 'Questo evento non è un promemoria di Follow-up Coach.',
};

const ES: EventCardText = {
  title: 'Recordatorio de seguimiento',
  asOf: (date) => `La última vez que lo miraste (${date})`,
  waiting: (client, days) => `Esperas a ${client} desde hace ${plural(days, 'día', 'días')}`,
  yourTurn: (client, days) =>
    `${client} escribió el último hace ${plural(days, 'día', 'días')}: te toca a ti`,
  closed: (client) => `Cerraste el tema con ${client}: es hora de volver a escribir`,
  noClient: 'No hay nadie a quien esperar en esta conversación',
  nextStep: 'Siguiente paso',
  suggestedOn: 'Fecha de envío sugerida',
  reminder: 'Este recordatorio',
  at: (date, time) => `${date} a las ${time}`,
  suggestedText: 'Texto sugerido',
  noSuggestedText: 'El texto sugerido ya no está en la descripción de este evento.',
  openThread: 'Abrir la conversación',
  snooze: 'Posponer',
  tomorrow: (date) => `Mañana · ${date}`,
  nextWorkingDay: (date) => `Próximo día laborable · ${date}`,
  threeWorkingDays: (date) => `En 3 días laborables · ${date}`,
  nextWeek: (date) => `La semana que viene · ${date}`,
  done: 'Hecho',
  doneHint: 'Hecho deja de seguir esta conversación y elimina este recordatorio.',
  snoozed: (date, time) => `Recordatorio movido al ${date} a las ${time}.`,
  finished: (client) =>
    `Hecho: la conversación con ${client} ya no se sigue y su recordatorio se ha eliminado.`,
  stale: 'Follow-up Coach ya no sigue esta conversación: se dejó de seguir en Gmail.',
  removeEvent: 'Eliminar este recordatorio',
  removed: 'El recordatorio se ha quitado de tu calendario.',
  notReminder: 'Este evento no es un recordatorio de Follow-up Coach.',
};

const FR: EventCardText = {
  title: 'Rappel de relance',
  asOf: (date) => `À votre dernier passage (${date})`,
  waiting: (client, days) => `Vous attendez ${client} depuis ${plural(days, 'jour', 'jours')}`,
  yourTurn: (client, days) =>
    `${client} a écrit en dernier il y a ${plural(days, 'jour', 'jours')} : à vous de jouer`,
  closed: (client) => `Échange clos avec ${client} : le moment de reprendre contact`,
  noClient: 'Personne à attendre dans cette conversation',
  nextStep: 'Prochaine étape',
  suggestedOn: 'Date d’envoi suggérée',
  reminder: 'Ce rappel',
  at: (date, time) => `${date} à ${time}`,
  suggestedText: 'Texte suggéré',
  noSuggestedText: 'Le texte suggéré ne figure plus dans la description de cet événement.',
  openThread: 'Ouvrir la conversation',
  snooze: 'Reporter',
  tomorrow: (date) => `Demain · ${date}`,
  nextWorkingDay: (date) => `Prochain jour ouvré · ${date}`,
  threeWorkingDays: (date) => `Dans 3 jours ouvrés · ${date}`,
  nextWeek: (date) => `La semaine prochaine · ${date}`,
  done: 'Terminé',
  doneHint: 'Terminé arrête le suivi de cette conversation et supprime ce rappel.',
  snoozed: (date, time) => `Rappel déplacé au ${date} à ${time}.`,
  finished: (client) =>
    `Terminé : la conversation avec ${client} n’est plus suivie et son rappel est supprimé.`,
  stale: 'Follow-up Coach ne suit plus cette conversation : le suivi a été arrêté dans Gmail.',
  removeEvent: 'Supprimer ce rappel',
  removed: 'Le rappel a été retiré de votre agenda.',
  notReminder: 'Cet événement n’est pas un rappel de Follow-up Coach.',
};

const DE: EventCardText = {
  title: 'Nachfass-Erinnerung',
  asOf: (date) => `Beim letzten Öffnen (${date})`,
  waiting: (client, days) => `Sie warten seit ${plural(days, 'Tag', 'Tagen')} auf ${client}`,
  yourTurn: (client, days) => `${client} schrieb zuletzt vor ${plural(days, 'Tag', 'Tagen')}: Sie sind dran`,
  closed: (client) => `Abgeschlossen mit ${client}: Zeit, sich wieder zu melden`,
  noClient: 'In dieser Unterhaltung wartet niemand auf eine Antwort',
  nextStep: 'Nächster Schritt',
  suggestedOn: 'Vorgeschlagenes Sendedatum',
  reminder: 'Diese Erinnerung',
  at: (date, time) => `${date} um ${time}`,
  suggestedText: 'Vorgeschlagener Text',
  noSuggestedText: 'Der vorgeschlagene Text steht nicht mehr in der Beschreibung dieses Termins.',
  openThread: 'Unterhaltung öffnen',
  snooze: 'Verschieben',
  tomorrow: (date) => `Morgen · ${date}`,
  nextWorkingDay: (date) => `Nächster Arbeitstag · ${date}`,
  threeWorkingDays: (date) => `In 3 Arbeitstagen · ${date}`,
  nextWeek: (date) => `Nächste Woche · ${date}`,
  done: 'Erledigt',
  doneHint: 'Erledigt beendet die Verfolgung dieser Unterhaltung und löscht diese Erinnerung.',
  snoozed: (date, time) => `Erinnerung verschoben auf ${date} um ${time}.`,
  finished: (client) =>
    `Erledigt: Die Unterhaltung mit ${client} wird nicht mehr verfolgt, die Erinnerung ist gelöscht.`,
  stale: 'Follow-up Coach verfolgt diese Unterhaltung nicht mehr: das wurde in Gmail beendet.',
  removeEvent: 'Diese Erinnerung löschen',
  removed: 'Die Erinnerung wurde aus Ihrem Kalender entfernt.',
  notReminder: 'Dieser Termin ist keine Erinnerung von Follow-up Coach.',
};

const TEXTS: Readonly<Record<string, EventCardText>> = { en: EN, it: IT, es: ES, fr: FR, de: DE };

/** The card's text in the interface language; English for any other. */
export function eventCardText(language: string): EventCardText {
  return TEXTS[language] ?? EN;
}
