// Words automated mail uses in its subject and first lines, in English, Italian, German, French and Spanish.

import { phraseAlternation } from './phrase-pattern';
import { lazyPattern } from './lazy-pattern';
import { atWordStart } from './word-start';

function anyOf(phrases: readonly string[]): string {
  return phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*')).join('|');
}

/** Subject openings of out-of-office and acknowledgement replies ("Automatic reply: …"). */
const AUTO_SUBJECTS = (): readonly string[] => [
  'automatic reply',
  'auto reply',
  'auto-reply',
  'autoreply',
  'auto response',
  'autoresponse',
  'autorespons',
  'automatic response',
  'out of office',
  'out of the office',
  'away from the office',
  'on vacation',
  'risposta automatica',
  'fuori sede',
  'fuori ufficio',
  'assente',
  'abwesenheitsnotiz',
  'automatische antwort',
  'abwesend',
  'nicht im büro',
  'réponse automatique',
  'reponse automatique',
  'absence du bureau',
  'absent du bureau',
  'absence',
  'respuesta automática',
  'respuesta automatica',
  'fuera de la oficina',
  'ausencia',
  'fuera de oficina',
];

/** Subject openings of delivery failures. */
const BOUNCE_SUBJECTS = (): readonly string[] => [
  'undeliverable',
  'undelivered mail',
  'undelivered mail returned to sender',
  'delivery status notification (failure)',
  'delivery status notification (delay)',
  'mail delivery failed',
  'mail delivery failure',
  'delivery failure',
  'delivery has failed',
  'returned mail',
  'failure notice',
  'mail system error',
  'message not delivered',
  'unzustellbar',
  'nicht zustellbar',
  'unzustellbare',
  'non recapitabile',
  'impossibile recapitare',
  'mancato recapito',
  'messaggio non recapitato',
  'non remis',
  'échec de la remise',
  'echec de la remise',
  'message non remis',
  'no se puede entregar',
  'no se pudo entregar',
  'mensaje no entregado',
  'error de entrega',
];

/** Body phrases that only automated notices open with. */
const AUTO_BODY = (): readonly string[] => [
  'this is an automatic reply',
  'this is an automated reply',
  'this is an automated response',
  'this is an automatic message',
  'automatic reply',
  'auto-reply',
  'i am currently out of the office',
  'i am out of the office',
  'i will be out of the office',
  "i'm out of the office",
  "i'm currently out of the office",
  'i am currently away',
  'i am away from the office',
  'i am on vacation',
  'i am currently on leave',
  'out of office',
  'we have received your message',
  'we received your message',
  'we have received your email',
  'we have received your request',
  'we received your request',
  'your message has been received',
  'risposta automatica',
  'messaggio automatico',
  'questo è un messaggio automatico',
  'sono fuori ufficio',
  'sono fuori sede',
  'sono attualmente fuori',
  'sarò assente',
  'saro assente',
  'sono assente',
  'abbiamo ricevuto la sua richiesta',
  'abbiamo ricevuto la tua richiesta',
  'abbiamo ricevuto il suo messaggio',
  'abbiamo ricevuto la sua mail',
  'abbiamo ricevuto la sua e-mail',
  'abbiamo ricevuto la tua email',
  'automatische antwort',
  'ich bin derzeit nicht im büro',
  'ich bin nicht im büro',
  'ich bin zurzeit nicht im büro',
  'bin ich nicht im büro',
  'wir haben ihre nachricht erhalten',
  'wir haben ihre anfrage erhalten',
  'réponse automatique',
  'je suis absent',
  'je suis actuellement absent',
  'je serai absent',
  'nous avons bien reçu votre',
  'nous avons reçu votre message',
  'respuesta automática',
  'estoy fuera de la oficina',
  'me encuentro fuera de la oficina',
  'estaré fuera',
  'hemos recibido su',
  'hemos recibido tu',
];

/**
 * Wording that, next to a body phrase, marks the text as a notice rather than a person who happens to say
 * "sarò assente" or "we received your message" (urgent contacts, limited access, tickets, set delays).
 */
const NOTICE_CUES = (): readonly string[] =>
  [
    'limited access|no access to|for urgent|if urgent|if your matter is urgent|in urgent cases|in case of urgency|upon my return|on my return|ticket|case number|reference number|will respond within|will reply within|will get back to you within|within 24 hours|within 48 hours|business days|working days|will not be forwarded|will be forwarded',
    'accesso limitato|senza accesso|per urgenze|in caso di urgenza|per comunicazioni urgenti|al mio rientro|al rientro|le risponderemo|vi risponderemo|ti risponderemo|entro 24 ore|entro 48 ore|giorni lavorativi',
    'in dringenden fällen|dringende|nach meiner rückkehr|eingeschränkt|werktage',
    "en cas d’urgence|en cas d'urgence|à mon retour|accès limité|nous vous répondrons|jours ouvrés",
    'para urgencias|en caso de urgencia|a mi regreso|a mi vuelta|acceso limitado|le responderemos|días hábiles',
  ].flatMap((group) => group.split('|'));

/** Body phrases of delivery failures. */
const BOUNCE_BODY = (): readonly string[] => [
  'delivery to the following recipient failed',
  'delivery has failed to these recipients',
  'could not be delivered',
  "couldn't be delivered",
  'was not delivered',
  'message you sent could not',
  'address not found',
  'mail delivery failed',
  'recipient address rejected',
  'user unknown',
  'non è stato possibile recapitare',
  'impossibile recapitare',
  'konnte nicht zugestellt werden',
  "n'a pas pu être remis",
  'no se pudo entregar',
  'no se ha podido entregar',
];

export const AUTO_SUBJECT_RE = lazyPattern(
  () => new RegExp(`^\\s*(?:${anyOf(AUTO_SUBJECTS())})\\s*(?:[:：(\\-–]|$)`, 'i'),
);
export const BOUNCE_SUBJECT_RE = lazyPattern(
  () => new RegExp(`^\\s*(?:${anyOf(BOUNCE_SUBJECTS())})\\s*(?:[:：(\\-–]|$)`, 'i'),
);
export const AUTO_BODY_RE = atWordStart(() => phraseAlternation(AUTO_BODY(), '\\s*'), 'iu');
export const NOTICE_CUE_RE = atWordStart(() => phraseAlternation(NOTICE_CUES(), '\\s*'), 'iu');
/** A return date the way notices write it: a return word, then a day number ("until 24 November", "fino al 24/11"). */
export const RETURN_DATE_RE = lazyPattern(
  () =>
    /(?<!\p{L})(?:until|till|through|back on|back in the office on|returning on|return on|fino al?l?['’]?|sino al?l?['’]?|rientr\p{L}* (?:il|lunedì|martedì|mercoledì|giovedì|venerdì)|bis(?: zum| einschließlich)?|ab dem|zurück am|jusqu['’]au|de retour le|hasta el|regreso el|vuelvo el)\s+(?:\p{L}+,?\s+){0,2}\d{1,2}(?!\d)/iu,
);
/** Lotus Notes and Domino name the person in the subject: "Anna Rossi/Milano/IT is out of the office." */
export const AUTO_SUBJECT_END_RE = lazyPattern(
  () =>
    /(?:\bis out of the office|\bè fuori (?:sede|ufficio)|\bist (?:außer haus|abwesend)|\best absente?|\bestá fuera de la oficina)\.?\s*$/iu,
);
export const BOUNCE_BODY_RE = lazyPattern(() => new RegExp(`(?:${anyOf(BOUNCE_BODY())})`, 'i'));
