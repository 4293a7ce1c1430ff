// Whether a human message expects an answer: a real question, a request, or an offer sent for a decision (it/en/de/fr/es).
import { startingWith } from './first-letter';
import { sentencesOf, withoutSalutation } from './sentences';

/**
 * Questions that are small talk, not something to answer ("How are you?", "Come stai?", "Wie geht's?",
 * "Ça va ?", "¿Qué tal?"): a message whose only question is one of these asks nothing.
 */
const PLEASANTRY =
  /^(¿\s*)?(and )?(how are (you|things)|how's it going|how have you been|all good|hope (you're|all is) well|come (stai|sta|va|state)|tutto (bene|ok)|wie geht'?s|wie geht es (dir|ihnen|euch)|alles (gut|klar)|comment (vas-tu|allez-vous|ça va)|ça va|qué tal|cómo (estás|está|va todo|te va|le va))\b[^?]{0,40}\?\s*$/iu;

/**
 * Offers conditioned on the reader's need are courtesy, not requests: "if you have any questions, let me
 * know", "per qualsiasi dubbio sono a disposizione", "bei Fragen melden Sie sich gern", "n'hésitez pas".
 */
const COURTESY = startingWith(
  'isafdprbwnjcq',
  /(?<!\p{L})(if you (have|need|want) (any|anything|more)|if anything|should you (have|need)|any questions|feel free|don't hesitate|per qualsiasi|per ogni (dubbio|domanda|chiarimento)|se (hai|avete|ha) (bisogno|domande|dubbi)|se ti serve|resto a (tua|sua|vostra|disposizione)|sono a disposizione|bei fragen|falls (du|sie) fragen|wenn (du|sie) fragen|stehe (ich )?(ihnen |dir )?(gerne? )?zur verfügung|n'hésite[zr]? pas|si (vous avez|tu as) (des|la moindre) question|je reste à (votre|ta) disposition|si (tienes|tiene|necesitas|necesita) (alguna|cualquier)|cualquier (duda|cosa|pregunta)|quedo a (tu|su) disposición|no dudes en|no dude en)/iu,
);

/**
 * Requests for an answer or an act, in the five languages; each names the reader's act (tell, confirm,
 * send, decide, go ahead: a go-ahead is an instruction the reader acts on and acknowledges).
 */
const REQUEST = startingWith(
  'pgfmavlcwiyrdbktjhqe',
  /(?<!\p{L})(procedi|procedete|proceda|go ahead|please proceed|fahren sie fort|mach weiter|machen sie weiter|allez-y|vas-y|procédez|adelante|let me know|let us know|please (confirm|send|advise|reply|review|check|tell|get back|approve|sign|choose)|could you|can you|would you|will you|i look forward to (hearing|your)|looking forward to (hearing|your)|awaiting your|waiting for your (reply|answer|feedback|go-ahead|approval)|your (feedback|thoughts|go-ahead|approval) (on|by|before)|fammi sapere|fatemi sapere|mi (fai|fa|fate|faccia|fareste) sapere|fammi avere|mi (dici|dica|dite|confermi|conferma|confermate)|potresti|potrebbe|potreste|puoi|può|potete|attendo (un |il )?(tuo|suo|vostro|vs\.?|un) ?(riscontro|cenno|ok|feedback|conferma)|resto in attesa|aspetto (tue|sue|vostre) (notizie|conferm)|in attesa (di un|del) (tuo|suo|vostro)? ?riscontro|dimmi|mi (raccomando|serve (la tua|una tua|la sua))|(gib|geben sie) mir (bitte )?bescheid|lass(t)? mich wissen|lassen sie mich wissen|bitte (um )?(kurze )?(rückmeldung|bestätigung|antwort|mitteilen|geben|sagen|schicken|senden|bestätigen|melden|prüfen)|könnt(en|est) (sie|du)|kannst du|können sie|würden sie|würdest du|ich freue mich (auf|über) (ihre|deine|eure) (rückmeldung|antwort)|(ihre|deine) rückmeldung|merci de (me|nous|bien vouloir)|pourrie[zs]-(vous|tu)|pourrais-tu|peux-tu|pouvez-vous|(dites|dis)-moi|tien[ts]-moi au courant|tenez-moi au courant|(j'attends|dans l'attente de) (votre|ton|ta|vos) (retour|réponse|accord|validation)|je (compte|attends) sur (votre|ton) retour|merci (de|pour) (votre|ton) retour rapide|podrías|podría|podrían|puedes|puede usted|me (dices|dice|confirmas|confirma|avisas|avisa)|dime|dígame|confírma(me|nos)|avísa(me|nos)|hazme saber|házmelo saber|quedo a la espera|quedo atent[oa] a (tu|su)|espero (tu|su|vuestra)s? (respuesta|comentarios|confirmación|noticias))(?!\p{L})/iu,
);

/** A document put forward for the reader's decision: a quote, a proposal, an estimate, a contract. */
const OFFER_WORD = startingWith(
  'qpecoakvd',
  /(?<!\p{L})(quote|quotation|proposal|estimate|contract|offer|preventivo|proposta|offerta|contratto|angebot|kostenvoranschlag|vertrag|devis|proposition|contrat|presupuesto|propuesta|cotización|contrato)(?!\p{L})/iu,
);
const SENT_FOR_DECISION = startingWith(
  'apeihtlvscj',
  /(?<!\p{L})(attached|please find|ecco(ti)? (il|la|le|i)|eccoti|i('m| am) sending|here is|here's|enclosed|in allegato|allego|ti (invio|mando|giro)|le (invio|mando|allego|trasmetto)|vi (invio|mando)|anbei|im anhang|(sende|schicke) (ihnen|dir|euch)|ci-joint|en pièce jointe|je (vous|t')\s?(envoie|transmets)|adjunto|te (envío|mando|paso)|le (envío|mando|adjunto))/iu,
);

/** The sentences of a message that a reader could take as asking something. */
function askingSentences(text: string): string[] {
  return sentencesOf(withoutSalutation(text)).filter((s) => !COURTESY.test(s));
}

/** A real question: a sentence ending with "?" (Spanish opens with "¿"), small talk excluded. */
export function isRealQuestion(sentence: string): boolean {
  return /\?\s*["”»)]?$/.test(sentence) && !PLEASANTRY.test(sentence);
}

/** `text` is the message's own words: quoted replies and signature already removed (unquotedText). */
export function asksForAnswer(text: string): boolean {
  // A message with no words of its own (only an attachment, or unreadable) cannot be judged: like every
  // message before this rule existed, it keeps the thread waiting rather than hiding it as settled.
  if (!/\p{L}/u.test(text)) return true;
  const sentences = askingSentences(text);
  if (sentences.some(isRealQuestion)) return true;
  if (sentences.some((s) => REQUEST.test(s))) return true;
  return sentences.some((s) => OFFER_WORD.test(s) && SENT_FOR_DECISION.test(s));
}

const RECEIPT = startingWith(
  'rgheba',
  /(?<!\p{L})(received|got it|got them|ricevut[oaie]|ho ricevuto|erhalten|bekommen|angekommen|reçu[es]?|bien reçu|recibid[oa]s?|he recibido)(?!\p{L})/iu,
);
const APPROVAL = startingWith(
  'ofpaygsvdejç',
  /(?<!\p{L})(ok|okay|fine|perfect|agreed|approved|yes|go ahead|sounds good|va bene|perfetto|d'accordo|approvat[oa]|procedi|procediamo|sì|passt|einverstanden|genehmigt|ja|gerne|parfait|d'accord|validé|oui|ça marche|vale|perfecto|de acuerdo|aprobad[oa]|sí|adelante)(?!\p{L})/iu,
);

/**
 * "Received, thanks!" confirms that my message arrived without answering what it asked; "Perfetto, va
 * bene così" answers it. Only the first kind leaves my question open.
 */
export function acknowledgesOnly(text: string): boolean {
  return RECEIPT.test(text) && !APPROVAL.test(text);
}
