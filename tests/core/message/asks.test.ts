// Whether a message asks for an answer: questions, requests and offers sent for a decision, in five languages.
import { acknowledgesOnly, asksForAnswer } from '../../../src/core/message/asks';
import { promisesAnswer } from '../../../src/core/message/promises-answer';

const ASKING: readonly string[] = [
  'Ciao Marco, ti torna la proposta per il rilancio?',
  'Fammi sapere entro venerdì, così prenoto lo studio.',
  'Gentile dottoressa Ferri, Le invio in allegato il preventivo per il catalogo 2026.',
  'Hi Anja, does the scope match what you had in mind for the relaunch?',
  'Could you send me the logo files by Thursday?',
  'Attached is the quote for the new shop: 3,200 euros, two weeks of work.',
  'Hallo Anja, passt dir der Termin am 12. März?',
  'Bitte um kurze Rückmeldung bis Freitag.',
  'Sehr geehrter Herr Brandt, anbei das Angebot für die Messe in Köln.',
  'Salut Julien, tu me dis ce que tu en penses ?',
  'Merci de me confirmer la date de livraison.',
  'Madame Laurent, je vous envoie ci-joint le devis pour le site.',
  'Hola Carmen, ¿te viene bien el jueves a las 10?',
  '¿Podrías enviarme las fotos antes del lunes?',
  'Estimado Sr. García, le adjunto el presupuesto para la campaña de 2026.',
];

const NOT_ASKING: readonly string[] = [
  'Grazie, ricevuto tutto!',
  'Perfetto, grazie. Buon fine settimana.',
  'Thanks, received everything!',
  'Here are the final files, as agreed. Have a nice weekend.',
  'Vielen Dank, passt alles. Schönes Wochenende!',
  'Merci beaucoup, bien reçu. Bonne journée !',
  'Gracias, todo recibido. ¡Buen fin de semana!',
  // Courtesy offers and small talk are not questions to answer.
  'Here is the invoice for October. If you have any questions, let me know.',
  'Ciao Marco, come stai? Ti giro il verbale della riunione di ieri.',
  'Per qualsiasi dubbio resto a disposizione.',
  'Bei Fragen stehe ich Ihnen gerne zur Verfügung.',
  "N'hésitez pas si vous avez la moindre question.",
  'Cualquier duda, me dices.',
  // A URL's "?" is not a question.
  'Il report è qui: https://example.com/report?id=42 buona lettura.',
];

describe('asksForAnswer', () => {
  it.each(ASKING)('hears an ask in "%s"', (text) => expect(asksForAnswer(text)).toBe(true));
  it.each(NOT_ASKING)('hears no ask in "%s"', (text) => expect(asksForAnswer(text)).toBe(false));

  it('keeps a message with no words of its own as asking (nothing to judge, never hidden)', () => {
    expect(asksForAnswer('')).toBe(true);
    expect(asksForAnswer('  \n ')).toBe(true);
  });

  it('reads only the text it is given: quoted questions are removed before (unquotedText)', () => {
    expect(asksForAnswer('Perfetto, grazie!')).toBe(false);
  });
});

describe('acknowledgesOnly and promisesAnswer', () => {
  it('tells a bare receipt from an approval', () => {
    expect(acknowledgesOnly('Received, thanks!')).toBe(true);
    expect(acknowledgesOnly('Ricevuto, grazie')).toBe(true);
    expect(acknowledgesOnly('Ricevuto, va bene così. Grazie')).toBe(false);
    expect(acknowledgesOnly('Vielen Dank, passt alles.')).toBe(false);
  });

  it('hears an answer announced for later, dated or not', () => {
    for (const text of [
      "Thanks, I'll get back to you next week.",
      'Grazie, ti faccio sapere.',
      'Marco è in ferie, ti rispondo io.',
      'Danke, ich melde mich.',
      'Merci, je reviens vers vous rapidement.',
      'Gracias, te digo algo.',
    ])
      expect({ text, promises: promisesAnswer(text) }).toEqual({ text, promises: true });
    expect(promisesAnswer('Thanks, all good!')).toBe(false);
  });
});
