import { analyze, GIULIA, message } from '../builders';

const LIST = { 'list-id': 'Sales <sales.lists.example>', 'list-post': '<mailto:sales@lists.example>' };
const myPost = message({
  at: '2025-09-08T10:00:00+02:00',
  from: GIULIA,
  to: 'sales@lists.example',
  body: 'Ecco il preventivo per il catalogo: mi fate sapere se va bene?',
});

describe('posts whose From a list rewrote to its own address', () => {
  it('count as their author’s, named in Reply-To (Mailman)', () => {
    const reply = message({
      at: '2025-09-09T10:00:00+02:00',
      from: 'Anna Rossi via Sales <sales@lists.example>',
      replyTo: 'Anna Rossi <anna@rossi-ferramenta.it>',
      to: 'sales@lists.example',
      headers: LIST,
      body: 'Grazie, lo guardo con il socio e ti rispondo entro venerdì. Intanto, il prezzo include la stampa?',
    });
    const analysis = analyze([myPost, reply]);
    expect(analysis.client).toEqual({ email: 'anna@rossi-ferramenta.it', name: 'Anna Rossi' });
    expect(analysis.state).toBe('awaiting-me');
  });

  it('count as their author’s, named in X-Original-From (Google Groups), the name taken from before "via"', () => {
    const reply = message({
      at: '2025-09-09T10:00:00+02:00',
      from: "'Anna Rossi' via Sales <sales@googlegroups.com>",
      to: 'sales@lists.example',
      replyTo: 'sales@googlegroups.com',
      headers: {
        'list-id': '<sales.googlegroups.com>',
        'list-post': '<https://groups.google.com/group/sales/post>, <mailto:sales@googlegroups.com>',
        'x-original-from': '=?UTF-8?Q?Anna_Ross=C3=AC?= <anna@rossi-ferramenta.it>',
      },
      body: 'Il prezzo include la stampa?',
    });
    expect(analyze([myPost, reply]).client).toEqual({
      email: 'anna@rossi-ferramenta.it',
      name: 'Anna Rossi',
    });
  });

  it('make my own post relayed back mine, not a client’s', () => {
    const relayed = message({
      at: '2025-09-09T10:00:00+02:00',
      from: 'Giulia Verdi via Sales <sales@lists.example>',
      replyTo: GIULIA,
      headers: LIST,
      body: 'Vi ricordo il preventivo: mi fate sapere entro venerdì?',
    });
    expect(analyze([myPost, relayed]).messages.map((m) => m.kind)).toEqual(['me', 'me']);
  });

  it('keep the list as sender when Reply-To does not single out a person', () => {
    const reply = message({
      at: '2025-09-09T10:00:00+02:00',
      from: 'Anna Rossi via Sales <sales@lists.example>',
      to: 'sales@lists.example',
      replyTo: 'sales@lists.example, Luca <luca@rossi-ferramenta.it>',
      headers: LIST,
      body: 'Il prezzo include la stampa?',
    });
    expect(analyze([myPost, reply]).client?.email).toBe('sales@lists.example');
  });

  it('leave my own From alone even when my name holds "Via" and the list sets Reply-To', () => {
    const mine = message({
      at: '2025-09-09T10:00:00+02:00',
      from: 'Giulia Verdi Via Roma <giulia@studioverdi.it>',
      to: 'sales@lists.example',
      replyTo: 'Sales <sales@lists.example>',
      headers: LIST,
      body: 'Vi ricordo il preventivo: mi fate sapere entro venerdì?',
    });
    expect(analyze([myPost, mine]).messages.map((m) => m.kind)).toEqual(['me', 'me']);
  });

  it('leave a person’s own From alone, even on a list with Reply-To set to the list', () => {
    const reply = message({
      at: '2025-09-09T10:00:00+02:00',
      from: 'Anna Rossi <anna@rossi-ferramenta.it>',
      to: 'sales@lists.example',
      replyTo: 'sales@lists.example',
      headers: LIST,
      body: 'Il prezzo include la stampa?',
    });
    expect(analyze([myPost, reply]).client?.email).toBe('anna@rossi-ferramenta.it');
  });
});
