// French wording, warm (tutoiement, first names) and formal (vouvoiement).
import type { LocalDate } from '../types';
import { closingQuestion, dayAndMonth, type LanguageTexts, type TextVars } from './text-types';

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
    greeting: (name) => (name ? `Salut ${name},` : 'Salut,'),
    closing: 'À bientôt',
    emails: {
      'check-in': (v) =>
        `J'espère que tout va bien de ton côté. Je reviens vers toi concernant ${msg(v)}, au cas où il ` +
        'serait passé inaperçu pendant une semaine chargée.\n\n' +
        'Pour avancer, une réponse courte de ta part me suffit ; je m’occupe du reste. Si le moment n’est ' +
        'pas idéal, dis-moi simplement quand revenir vers toi et je m’organiserai.\n\n' +
        closingQuestion(v, (q) => `Ma question, en bref : ${q}`, 'Je peux avancer comme prévu ?'),
      'change-channel': (v) =>
        `Suite à ${msg(v)}, on gagnerait peut-être du temps à en parler de vive voix : ça te dirait, un ` +
        'appel de 15 minutes, le jour qui t’arrange ?\n\n' +
        'Si tu préfères l’écrit, ça me va aussi. La seule chose dont j’ai besoin, c’est ton feu vert pour la ' +
        'prochaine étape ; d’ici là, le calendrier qu’on s’était fixé reste en pause.',
      'close-the-loop': (v) =>
        `Depuis ${msg(v)}, j’imagine que tes priorités ont changé, et c’est tout à fait normal. De mon côté, ` +
        'je considère le sujet comme clos pour le moment, pour ne pas encombrer ta boîte de réception.\n\n' +
        'Si le projet redémarre, ou si je peux t’aider sur autre chose, il te suffit de répondre à ce ' +
        'message : je reprendrai volontiers là où on s’était arrêtés.',
      plan: (v) =>
        `Une petite idée concernant ${msg(v)}, pour que rien ne dépende d’un créneau à trouver. Si on ` +
        'n’arrive pas à se parler, voici ce qui se passe : je te garde la place jusqu’à la fin de la semaine ' +
        'prochaine, puis je la libère.\n\n' +
        'Rien n’est perdu pour autant : une réponse à ce message, même dans quelques mois, suffit pour ' +
        'repartir d’où on en est. Ça te convient ?',
    },
    promised: (v, by) =>
      `J'espère que tout va bien de ton côté. Tu m’avais dit que tu reviendrais vers moi ${v.about} ` +
      `d’ici le ${formatDateFr(by)} : je me permets de te relancer maintenant que la date est passée.\n\n` +
      'Rien ne presse de mon côté : s’il te faut quelques jours de plus, une simple ligne avec une nouvelle ' +
      'date me suffit et je m’organiserai. Et si une question s’est posée entre-temps, je suis là pour t’aider.\n\n' +
      'Tu peux me dire quand tu penses pouvoir me répondre ?',
  },
  formal: {
    greeting: (name) => (name ? `Bonjour ${name},` : 'Madame, Monsieur,'),
    closing: 'Bien cordialement',
    emails: {
      'check-in': (v) =>
        `Je me permets de revenir vers vous concernant ${msg(v)}. Je sais que de nombreuses priorités ` +
        'sollicitent votre attention.\n\n' +
        'Pour avancer, une brève réponse de votre part me suffit ; tout le reste est prêt de mon côté. Si une ' +
        'date ultérieure vous convient mieux, il vous suffit de me l’indiquer.\n\n' +
        closingQuestion(
          v,
          (q) => `Ma question, en quelques mots : ${q}`,
          'Pourriez-vous me confirmer si nous pouvons poursuivre ?',
        ),
      'change-channel': (v) =>
        `Suite à ${msg(v)}, il serait peut-être plus simple d’aborder le point en suspens de vive voix. Un ` +
        'appel de 15 minutes, au moment qui vous convient, vous serait-il possible ?\n\n' +
        'Une brève réponse écrite suffit tout autant : la seule décision nécessaire pour poursuivre est votre ' +
        'accord sur la prochaine étape, et d’ici là le calendrier convenu reste en attente.',
      'close-the-loop': (v) =>
        `Depuis ${msg(v)}, je suppose que vos priorités ont évolué, ce qui est tout à fait compréhensible. ` +
        'Je considère donc le sujet comme clos de mon côté.\n\n' +
        'Si le projet devait redevenir d’actualité, ou si je pouvais vous être utile sur un autre sujet, une ' +
        'réponse à ce message suffira : je reprendrai volontiers là où nous nous étions arrêtés.',
      plan: (v) =>
        `Concernant ${msg(v)}, je souhaite vous proposer une solution qui ne demande aucune réponse de ` +
        'votre part. Sauf indication contraire, je réserve le temps prévu pour votre projet jusqu’à la fin ' +
        'de la semaine prochaine, puis je le libère.\n\n' +
        'Cela ne vous engage à rien : une réponse à ce message, même plus tard, suffira pour reprendre au ' +
        'point actuel. Cette solution vous convient-elle ?',
    },
    promised: (v, by) =>
      `Je vous remercie pour votre dernier message ${v.about}, dans lequel vous m’annonciez un retour ` +
      `d’ici le ${formatDateFr(by)}. Je me permets de vous écrire maintenant que cette date est passée.\n\n` +
      'Rien ne presse de mon côté : si vous avez besoin de plus de temps, une courte réponse avec une ' +
      'nouvelle date me suffit et je m’organiserai. Je reste également à votre écoute pour toute question.\n\n' +
      'Pourriez-vous m’indiquer quand je peux espérer votre retour ?',
  },
};
