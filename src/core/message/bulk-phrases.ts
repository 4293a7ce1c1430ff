// Wording that programs and mass mailings use and people writing one message do not (it/en/de/fr/es).
import { MASS_MAILING } from './mass-phrases';
import { phraseAlternation } from './phrase-pattern';
import { lazyPattern } from './lazy-pattern';
import { atWordStart, type TextTest } from './word-start';
import { CI_REPORT, TRACKER } from './robot-phrases';

/** Unsubscribe and opt-out footers of newsletters and notifications. */
const UNSUBSCRIBE = (): readonly string[] => [
  'unsubscribe',
  'opt out',
  'opt-out',
  'to be removed from',
  'remove yourself from',
  'manage your subscription',
  'update your preferences',
  'email preferences',
  'annulla iscrizione',
  'cancella iscrizione',
  'disiscriviti',
  'cancellarti',
  'non ricevere più',
  'abmelden',
  'abbestellen',
  'newsletter abbestellen',
  'austragen',
  'se désabonner',
  'se desabonner',
  'désinscription',
  'désinscrire',
  'darse de baja',
  'darte de baja',
  'cancelar la suscripción',
  'cancelar suscripción',
];

/** "You receive this because …" lines: the reader is on a distribution list, not in a conversation. */
const YOU_RECEIVE = (): readonly string[] => [
  'you are receiving this',
  "you're receiving this",
  "you're subscribed",
  'you received this',
  'you have received this',
  'you are subscribed',
  'you subscribed to',
  'you signed up',
  'you have subscribed',
  'this email was sent to',
  'this message was sent to',
  'ricevi questa',
  'hai ricevuto questa',
  'ricevi questo messaggio',
  'sei iscritto',
  'sie erhalten diese',
  'sie erhalten diesen',
  'diese e-mail wurde an',
  'vous recevez ce',
  'vous avez reçu ce',
  'vous êtes inscrit',
  'recibes este',
  'has recibido este',
  'recibe este correo',
  'está suscrito',
  'estás suscrito',
];

/** Greetings to a crowd or to nobody in particular: mass mailings and cold offers, not a correspondent. */
export const CROWD_GREETING_RE = atWordStart(
  () =>
    [
      '(?:dear|hello|hi)\\s+(?:friends|customers?|members?|subscribers?|readers|webmaster|site owner|website owner|business owner|sir\\s*(?:or|\\/)\\s*madam|valued \\p{L}+)\\b',
      '(?:gentile|caro|cara|cari|care)\\s+(?:cliente|clienti|amici|utente|iscritto|lettore|lettori)\\b',
      '(?:sehr geehrte[rs]?|liebe[rs]?)\\s+(?:kunde|kundin|kunden|leser|leserinnen|mitglied|abonnent)',
      '(?:cher|chère|chers|chères)\\s+(?:client|cliente|clients|amis|membres?|abonnés?|lecteurs)\\b',
      '(?:estimad[oa]s?|querid[oa]s?)\\s+(?:cliente|clientes|amigos|miembros?|suscriptor(?:es)?|lectores)\\b',
    ].join('|'),
  'iu',
);

/** List managers confirming, welcoming or reminding subscribers (majordomo, listserv, mailman …). */
const LIST_MANAGER = (): readonly string[] => [
  'welcome to the',
  'your subscription',
  'confirm your subscription',
  'confirm your request',
  'to confirm that you want',
  'subscription request',
  'has been added to',
  'has been removed from',
  'mailing list memberships reminder',
  'this is a reminder, sent out once a month',
  'majordomo',
  'listserv',
  'benvenuto nella lista',
  'conferma la tua iscrizione',
  'willkommen auf der',
  'bestätigen sie ihr abonnement',
  'bienvenue sur la liste',
  'confirmez votre abonnement',
  'bienvenido a la lista',
  'confirma tu suscripción',
];

const wordStart = (phrases: () => readonly string[]): TextTest =>
  atWordStart(() => phraseAlternation(phrases()), 'iu');

export interface PhraseMarks {
  /** Distinct mass-mailing phrases (footers, calls to action, cold offers). */
  readonly mass: number;
  /** Distinct tracker, help-desk and CI phrases. */
  readonly robot: number;
  /** Distinct list-manager phrases (welcome, confirmation, reminder). */
  readonly listManager: number;
}

type Group = keyof PhraseMarks;
/** Phrase → group, and every phrase in one pattern (the text is read once), both built on first use. */
let tables: { readonly groupOf: ReadonlyMap<string, Group>; readonly all: RegExp } | undefined;

function phraseTables(): NonNullable<typeof tables> {
  if (tables) return tables;
  const groups: readonly [Group, readonly string[]][] = [
    ['mass', [...MASS_MAILING(), ...UNSUBSCRIBE(), ...YOU_RECEIVE()]],
    ['robot', [...TRACKER(), ...CI_REPORT()]],
    ['listManager', LIST_MANAGER()],
  ];
  const groupOf = new Map(
    groups.flatMap(([g, phrases]) => phrases.map((p) => [p.replace(/\s+/g, ' '), g] as const)),
  );
  return (tables = { groupOf, all: new RegExp(phraseAlternation([...groupOf.keys()]), 'g') });
}

/** How many different phrases of each group occur in lower-cased text: one is a hint, several a template. */
export function phraseMarks(lowerText: string): PhraseMarks {
  // exec over the one global pattern: matchAll would copy the long pattern on every call.
  const { groupOf, all } = phraseTables();
  const seen = new Set<string>();
  all.lastIndex = 0;
  for (let m = all.exec(lowerText); m !== null; m = all.exec(lowerText)) {
    seen.add(m[0].replace(/\s+/g, ' '));
  }
  const marks = { mass: 0, robot: 0, listManager: 0 };
  for (const phrase of seen) {
    const group = groupOf.get(phrase);
    if (group !== undefined) marks[group] += 1;
  }
  return marks;
}

export const UNSUBSCRIBE_RE = wordStart(UNSUBSCRIBE);
export const CI_REPORT_RE = wordStart(CI_REPORT);
/** Tracker notifications: "issue #706 was edited from …", "pull request #497 was opened by …". */
export const TRACKER_EVENT_RE = lazyPattern(
  () =>
    /\b(?:issue|pull request|merge request|bug|ticket|pr)\s*#?\d+\s+(?:was|has been)\s+(?:opened|edited|closed|reopened|merged|created|updated|resolved|commented)\b/i,
);
/** Subjects that say a program sent them: "Automated 30 day renewal reminder", "Automatic notification". */
export const ROBOT_SUBJECT_RE = lazyPattern(
  () =>
    /^\s*(?:\[[^\]]*\]\s*)*(?:automated\b|automatic\b|auto-generated\b|test results?\s*:|build (?:report|results?)\s*:)/i,
);
/** A dated or periodic subject ("NTK Now, 2002-08-30", "Your Daily Dilbert 07/10/2002"): an edition. */
export const EDITION_SUBJECT_RE = lazyPattern(
  () =>
    /\b(?:daily|weekly|monthly|headlines|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:\d{1,2},?\s+)?\d{4})\b/i,
);
/** Sums of millions ("3.700.000 €", "$1,500,000"): prizes, donations and inheritances of scams. */
export const MILLIONS_RE = lazyPattern(
  () =>
    /(?:[€$£]|\b(?:eur|euro|usd|dollars?))\s*\d{1,3}(?:[.,' ]\d{3}){2,}|\d{1,3}(?:[.,' ]\d{3}){2,}(?:[.,]\d{2})?\s*(?:[€$£]|(?:eur|euro|usd|dollars?)\b)/i,
);
/** "Issue 4", "Vol 6, No 2", "Digest #180", "Newsletter": a numbered mailing, not a conversation. */
export const ISSUE_SUBJECT_RE = lazyPattern(
  () =>
    /\b(?:newsletter|digest|vol\.?\s*\d+|issue\s*#?\s*\d+|no\.\s*\d+|ausgabe\s*\d+|numero\s*\d+|numéro\s*\d+|número\s*\d+)\b/i,
);
