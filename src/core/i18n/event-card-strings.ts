// Interface strings of the reminder card in Google Calendar (event open, Snooze, Done), in it, en, es, fr, de.
import { count, five, picker, type Picked } from './five';

type S = (a: string) => string;
type S2 = (a: string, b: string) => string;
type SN = (client: string, days: number) => string;

/** Built on first use (a function, so loading the bundle costs nothing for it). */
export const EVENT_CARD_STRINGS = () => ({
  title: five(
    'Promemoria di sollecito',
    'Follow-up reminder',
    'Recordatorio de seguimiento',
    'Rappel de relance',
    'Nachfass-Erinnerung',
  ),
  /** Label of the status fact: the state is the one seen when the thread was last opened in Gmail. */
  asOf: five<S>(
    (date) => `All’ultima apertura (${date})`,
    (date) => `When you last looked (${date})`,
    (date) => `La última vez que lo miraste (${date})`,
    (date) => `À votre dernier passage (${date})`,
    (date) => `Beim letzten Öffnen (${date})`,
  ),
  waiting: five<SN>(
    (client, days) => `Aspetti ${client} da ${count(days, 'giorno', 'giorni')}`,
    (client, days) => `Waiting on ${client} for ${count(days, 'day', 'days')}`,
    (client, days) => `Esperas a ${client} desde hace ${count(days, 'día', 'días')}`,
    (client, days) => `Vous attendez ${client} depuis ${count(days, 'jour', 'jours', true)}`,
    (client, days) => `Du wartest seit ${count(days, 'Tag', 'Tagen')} auf ${client}`,
  ),
  yourTurn: five<SN>(
    (client, days) => `${client} ha scritto per ultimo ${count(days, 'giorno', 'giorni')} fa: tocca a te`,
    (client, days) => `${client} wrote last, ${count(days, 'day', 'days')} ago: your move`,
    (client, days) => `${client} escribió el último hace ${count(days, 'día', 'días')}: te toca a ti`,
    (client, days) =>
      `${client} a écrit en dernier il y a ${count(days, 'jour', 'jours', true)} : à vous de jouer`,
    (client, days) => `${client} schrieb zuletzt vor ${count(days, 'Tag', 'Tagen')}: du bist dran`,
  ),
  closed: five<S>(
    (client) => `Cerchio chiuso con ${client}: è ora di rifarti vivo`,
    (client) => `Loop closed with ${client}: time to check in again`,
    (client) => `Cerraste el tema con ${client}: es hora de volver a escribir`,
    (client) => `Échange clos avec ${client} : le moment de reprendre contact`,
    (client) => `Abgeschlossen mit ${client}: Zeit, dich wieder zu melden`,
  ),
  noClient: five(
    'Nessuno da aspettare in questa conversazione',
    'Nobody to wait on in this thread',
    'No hay nadie a quien esperar en esta conversación',
    'Personne à attendre dans cette conversation',
    'In dieser Unterhaltung wartest du auf niemanden',
  ),
  nextStep: five('Prossimo passo', 'Next step', 'Siguiente paso', 'Prochaine étape', 'Nächster Schritt'),
  suggestedOn: five(
    'Data d’invio suggerita',
    'Suggested send date',
    'Fecha de envío sugerida',
    'Date d’envoi suggérée',
    'Vorgeschlagenes Sendedatum',
  ),
  reminder: five('Questo promemoria', 'This reminder', 'Este recordatorio', 'Ce rappel', 'Diese Erinnerung'),
  at: five<S2>(
    (date, time) => `${date} alle ${time}`,
    (date, time) => `${date} at ${time}`,
    (date, time) => `${date} a las ${time}`,
    (date, time) => `${date} à ${time}`,
    (date, time) => `${date} um ${time}`,
  ),
  suggestedText: five(
    'Testo suggerito',
    'Suggested text',
    'Texto sugerido',
    'Texte suggéré',
    'Vorgeschlagener Text',
  ),
  noSuggestedText: five(
    'Il testo suggerito non è più nella descrizione di questo evento.',
    'The suggested text is no longer in this event’s description.',
    'El texto sugerido ya no está en la descripción de este evento.',
    'Le texte suggéré ne figure plus dans la description de cet événement.',
    'Der vorgeschlagene Text steht nicht mehr in der Beschreibung dieses Termins.',
  ),
  openThread: five(
    'Apri la conversazione',
    'Open the thread',
    'Abrir la conversación',
    'Ouvrir la conversation',
    'Unterhaltung öffnen',
  ),
  snooze: five('Rimanda', 'Snooze', 'Posponer', 'Reporter', 'Verschieben'),
  tomorrow: five<S>(
    (date) => `Domani · ${date}`,
    (date) => `Tomorrow · ${date}`,
    (date) => `Mañana · ${date}`,
    (date) => `Demain · ${date}`,
    (date) => `Morgen · ${date}`,
  ),
  nextWorkingDay: five<S>(
    (date) => `Prossimo giorno lavorativo · ${date}`,
    (date) => `Next working day · ${date}`,
    (date) => `Próximo día laborable · ${date}`,
    (date) => `Prochain jour ouvré · ${date}`,
    (date) => `Nächster Arbeitstag · ${date}`,
  ),
  threeWorkingDays: five<S>(
    (date) => `Tra 3 giorni lavorativi · ${date}`,
    (date) => `In 3 working days · ${date}`,
    (date) => `En 3 días laborables · ${date}`,
    (date) => `Dans 3 jours ouvrés · ${date}`,
    (date) => `In 3 Arbeitstagen · ${date}`,
  ),
  nextWeek: five<S>(
    (date) => `La settimana prossima · ${date}`,
    (date) => `Next week · ${date}`,
    (date) => `La semana que viene · ${date}`,
    (date) => `La semaine prochaine · ${date}`,
    (date) => `Nächste Woche · ${date}`,
  ),
  done: five('Fatto', 'Done', 'Hecho', 'Terminé', 'Erledigt'),
  doneHint: five(
    'Fatto smette di seguire la conversazione ed elimina questo promemoria.',
    'Done stops tracking this thread and removes this reminder.',
    'Hecho deja de seguir esta conversación y elimina este recordatorio.',
    'Terminé arrête le suivi de cette conversation et supprime ce rappel.',
    'Erledigt beendet das Verfolgen dieser Unterhaltung und löscht diese Erinnerung.',
  ),
  snoozed: five<S2>(
    (date, time) => `Promemoria spostato a ${date} alle ${time}.`,
    (date, time) => `Reminder moved to ${date} at ${time}.`,
    (date, time) => `Recordatorio movido al ${date} a las ${time}.`,
    (date, time) => `Rappel déplacé au ${date} à ${time}.`,
    (date, time) => `Erinnerung verschoben auf ${date} um ${time}.`,
  ),
  finished: five<S>(
    (client) => `Fatto: la conversazione con ${client} non è più seguita e il suo promemoria è eliminato.`,
    (client) => `Done: the thread with ${client} is no longer tracked and its reminder is removed.`,
    (client) => `Hecho: la conversación con ${client} ya no se sigue y su recordatorio se ha eliminado.`,
    (client) => `Terminé : la conversation avec ${client} n’est plus suivie et son rappel est supprimé.`,
    (client) =>
      `Erledigt: Die Unterhaltung mit ${client} wird nicht mehr verfolgt, die Erinnerung ist gelöscht.`,
  ),
  stale: five(
    'Follow-up Coach non segue più questa conversazione: è stata tolta da Gmail.',
    'Follow-up Coach no longer tracks this thread: tracking was stopped in Gmail.',
    'Follow-up Coach ya no sigue esta conversación: se dejó de seguir en Gmail.',
    'Follow-up Coach ne suit plus cette conversation : le suivi a été arrêté dans Gmail.',
    'Follow-up Coach verfolgt diese Unterhaltung nicht mehr: das wurde in Gmail beendet.',
  ),
  removeEvent: five(
    'Elimina questo promemoria',
    'Remove this reminder',
    'Eliminar este recordatorio',
    'Supprimer ce rappel',
    'Diese Erinnerung löschen',
  ),
  removed: five(
    'Il promemoria è stato tolto dal calendario.',
    'The reminder was removed from your calendar.',
    'El recordatorio se ha quitado de tu calendario.',
    'Le rappel a été retiré de votre agenda.',
    'Die Erinnerung wurde aus deinem Kalender entfernt.',
  ),
  notReminder: five(
    'Questo evento non è un promemoria di Follow-up Coach.',
    'This event is not a Follow-up Coach reminder.',
    'Este evento no es un recordatorio de Follow-up Coach.',
    'Cet événement n’est pas un rappel de Follow-up Coach.',
    'Dieser Termin ist keine Erinnerung von Follow-up Coach.',
  ),
});

export type EventCardText = Picked<typeof EVENT_CARD_STRINGS>;

export const eventCardText = picker(EVENT_CARD_STRINGS);
