// Interface strings that say exactly when a reminder goes, and what a change of reminder calendar did, in
// it, en, es, fr, de.
import { count, five } from './five';

type S = (a: string) => string;
type S2 = (a: string, b: string) => string;
type N = (n: number) => string;

/** Built on first use (a function, so loading the bundle costs nothing for it). */
export const REMINDER_STRINGS = () => ({
  today: five<S>(
    (time) => `oggi alle ${time}`,
    (time) => `today at ${time}`,
    (time) => `hoy a las ${time}`,
    (time) => `aujourd’hui à ${time}`,
    (time) => `heute um ${time}`,
  ),
  tomorrow: five<S>(
    (time) => `domani alle ${time}`,
    (time) => `tomorrow at ${time}`,
    (time) => `mañana a las ${time}`,
    (time) => `demain à ${time}`,
    (time) => `morgen um ${time}`,
  ),
  on: five<S2>(
    (date, time) => `il ${date} alle ${time}`,
    (date, time) => `on ${date} at ${time}`,
    (date, time) => `el ${date} a las ${time}`,
    (date, time) => `le ${date} à ${time}`,
    (date, time) => `am ${date} um ${time}`,
  ),
  button: five<S>(
    (when) => `Ricordamelo ${when}`,
    (when) => `Remind me ${when}`,
    (when) => `Recuérdamelo ${when}`,
    (when) => `Me le rappeler ${when}`,
    (when) => `Erinnere mich ${when}`,
  ),
  set: five<S>(
    (when) => `Promemoria fissato per ${String(when).replace(/^il /, '')}.`,
    (when) => `Reminder set for ${String(when).replace(/^on /, '')}.`,
    (when) => `Recordatorio fijado para ${when}.`,
    (when) => `Rappel prévu ${when}.`,
    (when) => `Erinnerung für ${String(when).replace(/^am /, '')} eingetragen.`,
  ),
  moved: five<N>(
    (n) => `${count(n, 'promemoria spostato', 'promemoria spostati')} nel nuovo calendario.`,
    (n) => `${count(n, 'reminder', 'reminders')} moved to the new calendar.`,
    (n) => `${count(n, 'recordatorio movido', 'recordatorios movidos')} al nuevo calendario.`,
    (n) => `${count(n, 'rappel déplacé', 'rappels déplacés', true)} vers le nouvel agenda.`,
    (n) => `${count(n, 'Erinnerung', 'Erinnerungen')} in den neuen Kalender verschoben.`,
  ),
  notMoved: five(
    'Alcuni promemoria sono ancora nel calendario precedente (Google Calendar non ha risposto): salva di nuovo più tardi per spostarli.',
    'Some reminders are still in the previous calendar (Google Calendar did not answer): save again later to move them.',
    'Algunos recordatorios siguen en el calendario anterior (Google Calendar no respondió): guarda de nuevo más tarde para moverlos.',
    'Certains rappels sont encore dans l’agenda précédent (Google Agenda n’a pas répondu) : enregistrez à nouveau plus tard pour les déplacer.',
    'Einige Erinnerungen liegen noch im bisherigen Kalender (Google Kalender hat nicht geantwortet): später erneut speichern, um sie zu verschieben.',
  ),
  tooLarge: five(
    'Alcuni dati di questa conversazione sono troppo lunghi da salvare; nient’altro è cambiato.',
    'Some details of this thread are too long to store; nothing else was changed.',
    'Algunos datos de esta conversación son demasiado largos para guardarlos; no ha cambiado nada más.',
    'Certaines données de cette conversation sont trop longues pour être enregistrées ; rien d’autre n’a changé.',
    'Einige Angaben dieser Unterhaltung sind zu lang zum Speichern; sonst wurde nichts geändert.',
  ),
});
