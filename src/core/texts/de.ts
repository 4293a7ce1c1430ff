// German wording, warm tone (Sie, first name) only: formal falls back to it. The text after the salutation starts lower-case.
import type { LocalDate } from '../types';
import { dayAndMonth, type LanguageTexts, type TextVars } from './text-types';

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
    greeting: (name) => (name ? `Hallo ${name},` : 'Guten Tag,'),
    closing: 'Viele Grüße',
    emails: {
      'check-in': (v) =>
        `ich hoffe, bei Ihnen ist alles in Ordnung. Ich komme auf meine Nachricht ${vom(v)} zurück, falls ` +
        'sie in einer vollen Woche untergegangen ist.\n\n' +
        'Für den nächsten Schritt genügt mir ein kurzes Ja oder Nein von Ihnen; um den Rest kümmere ich mich. ' +
        'Wenn der Zeitpunkt gerade nicht passt, sagen Sie mir einfach, wann ich mich melden soll.\n\n' +
        'Darf ich wie besprochen weitermachen?',
      'change-channel': (v) =>
        `anknüpfend an meine Nachricht ${vom(v)}: Manchmal klärt ein kurzes Gespräch in Minuten, was per ` +
        'E-Mail Tage dauert. Passt Ihnen ein Telefonat von 15 Minuten, an einem Tag Ihrer Wahl?\n\n' +
        'Wenn Ihnen Schriftliches lieber ist, ist das genauso gut. Ich brauche nur Ihr Okay für den nächsten ' +
        'Schritt; bis dahin ruht der vereinbarte Zeitplan.',
      'close-the-loop': (v) =>
        `seit meiner Nachricht ${vom(v)} haben sich Ihre Prioritäten vermutlich verschoben, und das ist ` +
        'völlig in Ordnung. Ich betrachte das Thema daher von meiner Seite als abgeschlossen, damit es Ihr ' +
        'Postfach nicht belastet.\n\n' +
        'Falls das Projekt wieder aktuell wird oder ich Ihnen bei etwas anderem helfen kann, antworten Sie ' +
        'einfach auf diese E-Mail: Ich setze gern dort an, wo wir aufgehört haben.',
    },
    promised: (v, by) =>
      `ich hoffe, bei Ihnen ist alles in Ordnung. Sie hatten geschrieben, dass Sie sich ${v.about} bis zum ` +
      `${formatDateDe(by)} melden, daher frage ich kurz nach, nun da das Datum vorbei ist.\n\n` +
      'Es eilt von meiner Seite nicht: Wenn Sie ein paar Tage mehr brauchen, genügt mir eine kurze Zeile mit ' +
      'einem neuen Termin, und ich plane entsprechend. Falls inzwischen Fragen aufgekommen sind, helfe ich gern.\n\n' +
      'Können Sie mir sagen, bis wann ich mit Ihrer Rückmeldung rechnen darf?',
  },
};
