import { analyze, GIULIA, message, type MessageSpec } from '../builders';

const LIST = { 'list-id': 'Sales <sales.lists.example>', 'list-post': '<mailto:sales@lists.example>' };
const myPost = message({
  at: '2025-09-08T10:00:00+02:00',
  from: GIULIA,
  to: 'sales@lists.example',
  body: 'Ecco il preventivo per il catalogo: mi fate sapere se va bene?',
});

/** A post to the list the next day, after mine: `from` and `replyTo` as the list wrote them. */
const listPost = (from: string, replyTo: string, extra: Partial<MessageSpec> = {}) =>
  message({
    at: '2025-09-09T10:00:00+02:00',
    from,
    to: 'sales@lists.example',
    replyTo,
    headers: LIST,
    body: 'Il prezzo include la stampa?',
    ...extra,
  });

const clientOf = (post: ReturnType<typeof message>) => analyze([myPost, post]).client;
const kindsWith = (post: ReturnType<typeof message>) => analyze([myPost, post]).messages.map((m) => m.kind);

describe('posts whose From a list rewrote to its own address', () => {
  it('count as their author’s, named in Reply-To (Mailman)', () => {
    const reply = listPost(
      'Anna Rossi via Sales <sales@lists.example>',
      'Anna Rossi <anna@rossi-ferramenta.it>',
    );
    const analysis = analyze([myPost, reply]);
    expect(analysis.client).toEqual({ email: 'anna@rossi-ferramenta.it', name: 'Anna Rossi' });
    expect(analysis.state).toBe('awaiting-me');
  });

  it('count as their author’s, named in X-Original-From (Google Groups), the name taken from before "via"', () => {
    const reply = listPost("'Anna Rossi' via Sales <sales@googlegroups.com>", 'sales@googlegroups.com', {
      headers: {
        'list-id': '<sales.googlegroups.com>',
        'list-post': '<https://groups.google.com/group/sales/post>, <mailto:sales@googlegroups.com>',
        'x-original-from': '=?UTF-8?Q?Anna_Ross=C3=AC?= <anna@rossi-ferramenta.it>',
      },
    });
    expect(clientOf(reply)).toEqual({ email: 'anna@rossi-ferramenta.it', name: 'Anna Rossi' });
  });

  it('make my own post relayed back mine, not a client’s', () => {
    expect(kindsWith(listPost('Giulia Verdi via Sales <sales@lists.example>', GIULIA))).toEqual(['me', 'me']);
  });

  it('keep the list as sender when Reply-To does not single out a person', () => {
    const reply = listPost(
      'Anna Rossi via Sales <sales@lists.example>',
      'sales@lists.example, Luca <luca@rossi-ferramenta.it>',
    );
    expect(clientOf(reply)?.email).toBe('sales@lists.example');
  });

  it('leave my own From alone even when my name holds "Via" and the list sets Reply-To', () => {
    const mine = listPost('Giulia Verdi Via Roma <giulia@studioverdi.it>', 'Sales <sales@lists.example>');
    expect(kindsWith(mine)).toEqual(['me', 'me']);
  });

  it('leave a person’s own From alone, even on a list with Reply-To set to the list', () => {
    expect(clientOf(listPost('Anna Rossi <anna@rossi-ferramenta.it>', 'sales@lists.example'))?.email).toBe(
      'anna@rossi-ferramenta.it',
    );
  });
});
