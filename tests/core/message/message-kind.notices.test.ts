// classifyMessage on human replies that use notice wording, and on notices without automation headers.
import { classifyMessage } from '../../../src/core/message/message-kind';
import { GIULIA, identity, MARCO, message } from '../builders';

const at = '2025-09-08T10:00:00+02:00';
const kindOf = (spec: Partial<Parameters<typeof message>[0]>): string =>
  classifyMessage(message({ at, from: MARCO, to: GIULIA, ...spec }), identity());

describe('absence and acknowledgement wording without automation headers', () => {
  const reply = { 'in-reply-to': '<preventivo-1@studioverdi.it>' };

  it('keeps a client’s yes that mentions an upcoming absence', () => {
    const body =
      'Ciao Giulia, sarò assente la prossima settimana, ma approvo il preventivo: procedi pure.\n\nMarco';
    expect(kindOf({ headers: reply, body })).toBe('client');
  });

  it('keeps a client’s enthusiastic reply that opens with "we received your message"', () => {
    const body = 'Hi Giulia, we received your message and the team loves it. Go ahead!';
    expect(kindOf({ from: 'Dana Whitfield <dana@northgate-studio.co.uk>', headers: reply, body })).toBe(
      'client',
    );
  });

  it('still reads an absence notice that is not a reply as an auto-reply', () => {
    expect(kindOf({ body: 'Sarò assente dal 3 al 14 novembre. Per urgenze: amministrazione@rossi.it' })).toBe(
      'auto-reply',
    );
  });

  it('still reads a reply-shaped notice with a return date or notice wording as an auto-reply', () => {
    const away = 'I am out of the office until 24 November with limited access to email.';
    expect(kindOf({ headers: reply, body: away })).toBe('auto-reply');
    const back = 'Sono fuori ufficio fino al 24/11. Rientrerò lunedì.';
    expect(kindOf({ headers: reply, body: back })).toBe('auto-reply');
    const ticket =
      'We have received your request and will respond within 2 working days. Your ticket number is 48213.';
    expect(kindOf({ headers: reply, body: ticket })).toBe('auto-reply');
  });

  it('still trusts the subject alone', () => {
    expect(kindOf({ headers: reply, subject: 'Risposta automatica: Preventivo', body: 'Ok' })).toBe(
      'auto-reply',
    );
  });
});
