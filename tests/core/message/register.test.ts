// The register of my own messages: formal (Lei, Sie, vous, usted) or informal (tu, du, tú).
import { registerOf, registerOfMessages } from '../../../src/core/message/register';

describe('registerOf', () => {
  it.each([
    'Gentile dottoressa Ferri,\nLe invio il preventivo aggiornato. Resto a Sua disposizione.',
    'Sehr geehrter Herr Brandt,\nanbei erhalten Sie das Angebot. Mit freundlichen Grüßen',
    'Madame Laurent,\nje vous envoie le devis. Bien à vous',
    'Estimado Sr. García:\nle envío el presupuesto. Quedo a su disposición.',
    'Dear Ms Clarke,\nplease find the proposal attached. Kind regards',
  ])('reads "%s" as formal', (text) => expect(registerOf(text)).toBe('formal'));

  it.each([
    'Ciao Marco,\nti mando il preventivo, fammi sapere!',
    'Hallo Anja,\nich schicke dir das Angebot. Sag mir, was du denkst.',
    "Salut Julien,\nje t'envoie les maquettes. Tu me dis ?",
    'Hola Carmen,\nte mando el presupuesto. ¿Qué te parece?',
    'Hi Tom,\nhere is the quote. Cheers',
  ])('reads "%s" as informal', (text) => expect(registerOf(text)).toBe('informal'));

  it('says nothing when a message shows neither', () => {
    expect(registerOf('Thanks.')).toBeNull();
    expect(registerOf('')).toBeNull();
  });

  it('lets the newest message that shows a register decide (Sie can become du)', () => {
    expect(
      registerOfMessages(['Danke!', 'Hallo Anja, passt dir das?', 'Sehr geehrte Frau Weber, anbei']),
    ).toBe('informal');
  });
});
