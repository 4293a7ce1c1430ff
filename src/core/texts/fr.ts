// French wording, warm tone (vouvoiement, as French business mail expects) only: formal falls back to it.
import type { LocalDate } from '../types';
import { dayAndMonth, type LanguageTexts, type TextVars } from './text-types';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** "12 novembre", "1er décembre". */
export function formatDateFr(date: LocalDate): string {
  const { day, month } = dayAndMonth(date);
  return `${day === 1 ? '1er' : day} ${MONTHS[month] ?? ''}`;
}

const msg = (v: TextVars): string => `mon message du ${formatDateFr(v.lastMessageOn)} ${v.about}`;

export const FR: LanguageTexts = {
  language: 'fr',
  about: (project) => (project ? `au sujet de « ${project} »` : 'au sujet du projet dont nous avons parlé'),
  subjectFallback: 'Prochaines étapes',
  closingComma: true,
  notes: {
    reply: (v) =>
      `Le dernier message ${v.about} vient ${v.firstName ? `de ${v.firstName}` : 'du client'} : c'est à vous ` +
      'de jouer. Une réponse courte aujourd’hui fait avancer le projet, même si elle indique seulement ' +
      'quand viendra la réponse complète.',
    rest: (v) =>
      `Vous avez clos l'échange${v.firstName ? ` avec ${v.firstName}` : ''} ${v.about} le ` +
      `${formatDateFr(v.lastMessageOn)}. Plus d'e-mails pour l'instant : si cela reste pertinent, ` +
      'reprenez contact avec une ligne aimable sur un sujet nouveau, sans évoquer le silence.',
  },
  warm: {
    greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    closing: 'Bien à vous',
    emails: {
      'check-in': (v) =>
        `J'espère que tout va bien de votre côté. Je reviens vers vous concernant ${msg(v)}, au cas où il ` +
        'serait passé inaperçu pendant une semaine chargée.\n\n' +
        'Pour avancer, un simple oui ou non de votre part me suffit ; je m’occupe du reste. Si le moment ' +
        'n’est pas idéal, dites-moi quand reprendre contact et je m’organiserai.\n\n' +
        'Puis-je avancer comme prévu ?',
      'change-channel': (v) =>
        `Suite à ${msg(v)}, un échange de vive voix serait peut-être plus simple : que diriez-vous d’un ` +
        'appel de 15 minutes, au moment qui vous convient ?\n\n' +
        'Si vous préférez l’écrit, c’est parfait aussi. La seule décision dont j’ai besoin est votre feu vert ' +
        'pour la prochaine étape ; d’ici là, le calendrier convenu reste en attente.',
      'close-the-loop': (v) =>
        `Depuis ${msg(v)}, j’imagine que vos priorités ont changé, ce qui est tout à fait normal. De mon ` +
        'côté, je considère le sujet comme clos pour le moment, pour ne pas encombrer votre boîte de ' +
        'réception.\n\n' +
        'Si le projet redémarre, ou si je peux vous aider sur autre chose, il suffit de répondre à ce ' +
        'message : je reprendrai volontiers là où nous nous étions arrêtés.',
    },
    promised: (v, by) =>
      `J'espère que tout va bien de votre côté. Vous m’aviez indiqué que vous reviendriez vers moi ${v.about} ` +
      `d’ici le ${formatDateFr(by)} : je me permets de reprendre contact maintenant que la date est passée.\n\n` +
      'Rien ne presse de mon côté : s’il vous faut quelques jours de plus, une simple ligne avec une nouvelle ' +
      'date me suffit et je m’organiserai. Et si une question s’est posée entre-temps, je suis là pour vous aider.\n\n' +
      'Pouvez-vous me dire quand vous pensez pouvoir me répondre ?',
  },
};
