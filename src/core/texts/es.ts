// Spanish wording, warm tone (tú) only: formal requests fall back to it (renderNudge reports the tone used).
import type { LocalDate } from '../types';
import { dayAndMonth, type LanguageTexts, type TextVars } from './text-types';

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** "12 de noviembre". */
export function formatDateEs(date: LocalDate): string {
  const { day, month } = dayAndMonth(date);
  return `${day} de ${MONTHS[month] ?? ''}`;
}

const msg = (v: TextVars): string => `mi mensaje del ${formatDateEs(v.lastMessageOn)} ${v.about}`;

export const ES: LanguageTexts = {
  language: 'es',
  about: (project) => (project ? `sobre “${project}”` : 'sobre el proyecto del que hablamos'),
  subjectFallback: 'Próximos pasos',
  closingComma: true,
  notes: {
    reply: (v) =>
      `El último mensaje ${v.about} es ${v.firstName ? `de ${v.firstName}` : 'del cliente'}: ahora te toca a ti. ` +
      'Una respuesta breve hoy mantiene vivo el proyecto, aunque solo diga cuándo llegará la completa.',
    rest: (v) =>
      `Cerraste el ciclo${v.firstName ? ` con ${v.firstName}` : ''} ${v.about} el ` +
      `${formatDateEs(v.lastMessageOn)}. Nada de correos por ahora: si sigue teniendo sentido, escribe una ` +
      'línea amable sobre algo nuevo, sin mencionar el silencio.',
  },
  warm: {
    greeting: (name) => (name ? `Hola, ${name}:` : 'Hola:'),
    closing: 'Un saludo',
    emails: {
      'check-in': (v) =>
        `Espero que vaya todo bien. Retomo ${msg(v)}, por si se quedó al fondo de la bandeja en una ` +
        'semana complicada.\n\n' +
        'Para avanzar me basta con un sí o un no por tu parte; del resto me encargo yo. Si ahora no es buen ' +
        'momento, dime cuándo te viene mejor y me organizo.\n\n' +
        '¿Te parece bien que siga adelante con lo previsto?',
      'change-channel': (v) =>
        `Retomo el hilo de ${msg(v)}. A veces una llamada resuelve en minutos lo que por correo lleva días: ` +
        '¿te viene bien hablar 15 minutos el día que prefieras?\n\n' +
        'Si prefieres seguir por escrito, perfecto. Lo único que necesito es tu visto bueno para el siguiente ' +
        'paso; mientras tanto, el calendario que acordamos queda en pausa.',
      'close-the-loop': (v) =>
        `Desde ${msg(v)} imagino que tus prioridades han cambiado, y es totalmente comprensible. Por mi ` +
        'parte doy el tema por cerrado de momento, para no ocupar más espacio en tu bandeja.\n\n' +
        'Si el proyecto vuelve a ponerse en marcha, o necesitas ayuda con otra cosa, basta con responder a ' +
        'este correo: lo retomaré con gusto donde lo dejamos.',
    },
    promised: (v, by) =>
      `Espero que vaya todo bien. Me comentaste que me dirías algo ${v.about} para el ` +
      `${formatDateEs(by)}, así que te escribo unas líneas ahora que la fecha ya ha pasado.\n\n` +
      'Sin ninguna prisa por mi parte: si necesitas unos días más, basta con una línea con una nueva fecha y ' +
      'me organizo. Y si mientras tanto ha surgido alguna duda, te ayudo con gusto.\n\n' +
      '¿Me dices cuándo crees que lo tendrás?',
  },
};
