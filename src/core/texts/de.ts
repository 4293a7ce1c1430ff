// German wording, warm (du) and formal (Sie): the text after the salutation starts lower-case.
import type { LocalDate } from '../types';
import { closingQuestion, dayAndMonth, type LanguageTexts, type TextVars } from './text-types';

const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/** "12. November". */
export function formatDateDe(date: LocalDate): string {
  const { day, month } = dayAndMonth(date);
  return `${day}. ${MONTHS[month] ?? ''}`;
}

const vom = (v: TextVars): string => `vom ${formatDateDe(v.lastMessageOn)} ${v.about}`;

export const DE: LanguageTexts = {
  language: 'de',
  about: (project) => (project ? `zu „${project}“` : 'zu unserem Projekt'),
  subjectFallback: 'Nächste Schritte',
  closingComma: false,
  notes: {
    reply: (v) =>
      `Die letzte Nachricht ${v.about} kam ${v.firstName ? `von ${v.firstName}` : 'vom Kunden'}: Jetzt sind ` +
      'Sie dran. Eine kurze Antwort heute hält das Projekt in Bewegung, auch wenn sie nur sagt, wann die ' +
      'ausführliche folgt.',
    rest: (v) =>
      `Sie haben das Thema${v.firstName ? ` mit ${v.firstName}` : ''} ${v.about} am ` +
      `${formatDateDe(v.lastMessageOn)} abgeschlossen. Vorerst keine E-Mails mehr: Wenn es noch passt, ` +
      'melden Sie sich mit einer freundlichen Zeile zu etwas Neuem, ohne die Funkstille zu erwähnen.',
  },
  warm: {
    greeting: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
    closing: 'Viele Grüße',
    emails: {
      'check-in': (v) =>
        `ich hoffe, bei dir läuft alles gut. Ich komme auf meine Nachricht ${vom(v)} zurück, falls sie in ` +
        'einer vollen Woche untergegangen ist.\n\n' +
        'Für den nächsten Schritt reicht mir eine kurze Antwort von dir; um den Rest kümmere ich mich. Wenn ' +
        'es gerade nicht passt, schreib mir einfach, wann ich mich wieder melden soll.\n\n' +
        closingQuestion(v, (q) => `Meine Frage in einem Satz: ${q}`, 'Soll ich wie besprochen weitermachen?'),
      'change-channel': (v) =>
        `ich knüpfe an meine Nachricht ${vom(v)} an: Manchmal klärt ein kurzes Gespräch in Minuten, was per ` +
        'E-Mail Tage dauert. Hast du Lust auf ein Telefonat von 15 Minuten, an einem Tag deiner Wahl?\n\n' +
        'Wenn dir Schriftliches lieber ist, passt das genauso. Ich brauche nur dein Okay für den nächsten ' +
        'Schritt; bis dahin ruht der Zeitplan, den wir vereinbart haben.',
      'close-the-loop': (v) =>
        `seit meiner Nachricht ${vom(v)} haben sich deine Prioritäten vermutlich verschoben, und das ist ` +
        'völlig in Ordnung. Ich schließe das Thema daher von meiner Seite ab, damit es nicht in deinem ' +
        'Postfach liegen bleibt.\n\n' +
        'Falls das Projekt wieder aktuell wird oder ich dir bei etwas anderem helfen kann, antworte einfach ' +
        'auf diese E-Mail: Ich mache gern dort weiter, wo wir aufgehört haben.',
      plan: (v) =>
        `eine kleine Idee zu meiner Nachricht ${vom(v)}, damit nichts an einem freien Termin hängt. Falls ` +
        'wir uns nicht hören, passiert Folgendes: Ich halte dir den Platz bis Ende nächster Woche frei und ' +
        'gebe ihn danach wieder frei.\n\n' +
        'Verloren geht dabei nichts: Eine Antwort auf diese E-Mail, auch in ein paar Monaten, genügt, und ' +
        'wir machen dort weiter, wo wir stehen. Ist das für dich in Ordnung?',
    },
    promised: (v, by) =>
      `ich hoffe, bei dir ist alles gut. Du hattest geschrieben, dass du dich ${v.about} bis zum ` +
      `${formatDateDe(by)} meldest, deshalb frage ich kurz nach, jetzt wo das Datum vorbei ist.\n\n` +
      'Es eilt von meiner Seite nicht: Wenn du ein paar Tage mehr brauchst, reicht mir eine kurze Zeile mit ' +
      'einem neuen Termin, und ich plane entsprechend. Falls inzwischen Fragen aufgekommen sind, helfe ich gern.\n\n' +
      'Kannst du mir sagen, bis wann ich mit deiner Rückmeldung rechnen kann?',
  },
  formal: {
    greeting: (name) => (name ? `Guten Tag ${name},` : 'Guten Tag,'),
    closing: 'Mit freundlichen Grüßen',
    emails: {
      'check-in': (v) =>
        `ich komme auf meine Nachricht ${vom(v)} zurück. Mir ist bewusst, dass viele Themen um Ihre Zeit ` +
        'konkurrieren.\n\n' +
        'Für den nächsten Schritt genügt mir eine kurze Rückmeldung von Ihnen; alles Weitere ist auf meiner ' +
        'Seite vorbereitet. Wenn Ihnen ein späterer Zeitpunkt lieber ist, teilen Sie mir diesen gern mit.\n\n' +
        closingQuestion(v, (q) => `Meine Frage in Kürze: ${q}`, 'Darf ich wie vorgeschlagen fortfahren?'),
      'change-channel': (v) =>
        `im Anschluss an meine Nachricht ${vom(v)} ließe sich der offene Punkt vielleicht am schnellsten im ` +
        'direkten Gespräch klären. Wäre Ihnen ein Telefonat von 15 Minuten zu einem Zeitpunkt Ihrer Wahl recht?\n\n' +
        'Eine kurze schriftliche Antwort genügt selbstverständlich ebenso: Für das weitere Vorgehen benötige ' +
        'ich lediglich Ihre Freigabe des nächsten Schritts; bis dahin ruht die vereinbarte Planung.',
      'close-the-loop': (v) =>
        `seit meiner Nachricht ${vom(v)} haben sich Ihre Prioritäten vermutlich geändert, was ich gut ` +
        'verstehe. Ich betrachte das Thema daher von meiner Seite als abgeschlossen.\n\n' +
        'Sollte das Projekt wieder aktuell werden oder ich Sie bei etwas anderem unterstützen können, genügt ' +
        'eine Antwort auf diese E-Mail: Ich knüpfe gern dort an, wo wir stehen geblieben sind.',
      plan: (v) =>
        `zu meiner Nachricht ${vom(v)} möchte ich Ihnen ein Vorgehen vorschlagen, das ohne Rückmeldung ` +
        'auskommt. Sofern ich nichts anderes von Ihnen höre, halte ich die für Ihr Projekt vorgesehene Zeit ' +
        'bis Ende nächster Woche frei und gebe sie danach wieder frei.\n\n' +
        'Dies verpflichtet Sie zu nichts: Eine Antwort auf diese E-Mail genügt auch später, um beim aktuellen ' +
        'Stand fortzufahren. Ist Ihnen dieses Vorgehen recht?',
    },
    promised: (v, by) =>
      `vielen Dank für Ihre letzte Nachricht ${v.about}, in der Sie eine Rückmeldung bis zum ` +
      `${formatDateDe(by)} in Aussicht gestellt hatten. Da das Datum nun verstrichen ist, melde ich mich kurz.\n\n` +
      'Es besteht keine Eile: Sollten Sie mehr Zeit benötigen, genügt eine kurze Nachricht mit einem neuen ' +
      'Termin, und ich plane entsprechend. Bei offenen Fragen unterstütze ich Sie gern.\n\n' +
      'Können Sie mir mitteilen, wann ich mit Ihrer Rückmeldung rechnen darf?',
  },
};
