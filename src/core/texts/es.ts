// Spanish wording, warm (tú, first names) and formal (usted).
import type { LocalDate } from '../types';
import { closingQuestion, dayAndMonth, type LanguageTexts, type TextVars } from './text-types';

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
        'Para avanzar me basta con una respuesta breve tuya; del resto me encargo yo. Si ahora no es buen ' +
        'momento, dime cuándo te viene mejor y me organizo.\n\n' +
        closingQuestion(
          v,
          (q) => `Mi pregunta, en pocas palabras: ${q}`,
          '¿Te parece bien que siga adelante con lo previsto?',
        ),
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
      plan: (v) =>
        `Una idea rápida sobre ${msg(v)}, para que nada dependa de encontrar un hueco en la agenda. Si no ` +
        'conseguimos hablar, esto es lo que pasa: te guardo el sitio hasta el final de la semana que viene y ' +
        'después lo libero.\n\n' +
        'No se pierde nada: basta con responder a este correo, aunque sea dentro de unos meses, para seguir ' +
        'desde donde estamos. ¿Te parece bien?',
    },
    promised: (v, by) =>
      `Espero que vaya todo bien. Me comentaste que me dirías algo ${v.about} para el ` +
      `${formatDateEs(by)}, así que te escribo unas líneas ahora que la fecha ya ha pasado.\n\n` +
      'Sin ninguna prisa por mi parte: si necesitas unos días más, basta con una línea con una nueva fecha y ' +
      'me organizo. Y si mientras tanto ha surgido alguna duda, te ayudo con gusto.\n\n' +
      '¿Me dices cuándo crees que lo tendrás?',
  },
  formal: {
    greeting: (name) => (name ? `Buenos días, ${name}:` : 'Buenos días:'),
    closing: 'Un cordial saludo',
    emails: {
      'check-in': (v) =>
        `Me permito escribirle en relación con ${msg(v)}. Entiendo que tiene muchos asuntos que atender.\n\n` +
        'Para avanzar solo necesito una breve respuesta suya; todo lo demás está preparado por mi parte. Si ' +
        'prefiere una fecha posterior, basta con que me la indique y me organizaré.\n\n' +
        closingQuestion(
          v,
          (q) => `Mi pregunta, en resumen: ${q}`,
          '¿Podría indicarme si podemos seguir adelante?',
        ),
      'change-channel': (v) =>
        `En relación con ${msg(v)}, quizá sea más sencillo tratar el punto pendiente por teléfono. ¿Le ` +
        'vendría bien una llamada de 15 minutos en el momento que usted prefiera?\n\n' +
        'Una breve respuesta por escrito es igualmente suficiente: lo único que necesito para continuar es su ' +
        'aprobación del siguiente paso; hasta entonces, el calendario acordado queda en pausa.',
      'close-the-loop': (v) =>
        `Desde ${msg(v)}, supongo que sus prioridades han cambiado, lo cual es del todo comprensible. Por ` +
        'ello, doy el asunto por cerrado por mi parte.\n\n' +
        'Si el proyecto volviera a estar de actualidad, o si puedo serle útil en cualquier otra cuestión, ' +
        'bastará con responder a este correo: retomaré con gusto el trabajo donde lo dejamos.',
      plan: (v) =>
        `En relación con ${msg(v)}, quisiera proponerle una solución que no requiere respuesta por su ` +
        'parte. Salvo indicación contraria, reservaré el tiempo previsto para su proyecto hasta el final de ' +
        'la próxima semana y después lo liberaré.\n\n' +
        'Esto no le compromete a nada: una respuesta a este correo, incluso más adelante, será suficiente ' +
        'para retomar desde el punto actual. ¿Le parece adecuada esta solución?',
    },
    promised: (v, by) =>
      `Le agradezco su último mensaje ${v.about}, en el que me anunciaba una respuesta para el ` +
      `${formatDateEs(by)}. Le escribo brevemente ahora que esa fecha ya ha pasado.\n\n` +
      'No hay ninguna prisa por mi parte: si necesita más tiempo, basta con una breve nota con una nueva ' +
      'fecha y me organizaré. Quedo también a su disposición para cualquier consulta.\n\n' +
      '¿Podría indicarme cuándo puedo esperar su respuesta?',
  },
};
