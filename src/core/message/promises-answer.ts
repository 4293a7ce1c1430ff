// Whether a reply announces a later answer ("I'll get back to you", "ti faccio sapere", "ich melde mich"), dated or not.

/**
 * A first-person announcement of an answer still to come: the writer owes the next message, so a thread
 * that ends on it is never settled, even when no date is given (dated promises are read by promised-date).
 */
const LATER_ANSWER =
  /(?<!\p{L})((i|we)('ll| will) (get back|come back|let you know|reply|answer|confirm|revert|follow up|send|check|look|review|call)|get back to you|let me (check|look|think|ask)|(ti|vi|le|te) (faccio|facciamo) sapere|(ti|vi|le) (rispondo|rispondiamo|aggiorno|aggiorniamo|richiamo|scrivo|mando|invio|confermo|dico)|rispondo io|ci (penso|guardo)|(ne )?parlo con|verifico e|(ich|wir) (melde|melden) (mich|uns)|melde mich|(ich|wir) (schicke|schicken|sende|senden|gebe|geben) (dir|ihnen|euch)|(gebe|geben) (dir|ihnen) bescheid|(ich|wir) (schaue|prüfe|kläre)|je (reviens|reviendrai|vous tiens|te tiens|vous redis|te redis|vous répondrai|te répondrai|regarde et)|nous revenons vers|(te|le|os) (digo|decimos|respondo|confirmo|aviso|escribo)( algo)?|lo (reviso|miro|consulto)|vuelvo a escribir)(?!\p{L})/iu;

export function promisesAnswer(text: string): boolean {
  return LATER_ANSWER.test(text);
}
