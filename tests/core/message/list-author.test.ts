import { listRewrittenAuthor } from '../../../src/core/message/list-author';
import { message } from '../builders';

const LIST = { 'list-id': 'Sales <sales.lists.example>', 'list-post': '<mailto:sales@lists.example>' };
const post = (from: string, replyTo: string, headers: Record<string, string> = LIST) =>
  message({ at: '2025-09-09T10:00:00+02:00', from, replyTo, headers, body: 'Il prezzo include la stampa?' });

describe('the author of a post a list rewrote', () => {
  it('is the Reply-To that carries the name before "via"', () => {
    const rewritten = post(
      'Johnny Samuels via Sales <sales@lists.example>',
      'Johnny Samuels <johnny@yahoo.example>',
    );
    expect(listRewrittenAuthor(rewritten)).toEqual({ email: 'johnny@yahoo.example', name: 'Johnny Samuels' });
  });

  it('is nobody when a person’s own name holds "Via"', () => {
    const shop = post('Farmacia Via Dante <info@farmaciaviadante.it>', 'Sales <sales@lists.example>');
    expect(listRewrittenAuthor(shop)).toBeNull();
  });

  it('is nobody when Reply-To is another list’s address, named for that list', () => {
    const other = post(
      'Anna Rossi via Sales <sales@lists.example>',
      'Sales discussion <sales-discuss@lists.example>',
    );
    expect(listRewrittenAuthor(other)).toBeNull();
  });

  it('is nobody when From only contains the list’s address as a part of a longer one', () => {
    const headers = { ...LIST, 'list-post': '<mailto:shop-info@rossi.example>' };
    expect(
      listRewrittenAuthor(post('Luca via Info <info@rossi.example>', 'Luca <luca@rossi.example>', headers)),
    ).toBeNull();
  });

  it('is nobody on mail no list relayed', () => {
    expect(
      listRewrittenAuthor(post('Anna via Sales <sales@lists.example>', 'Anna <anna@x.example>', {})),
    ).toBeNull();
  });
});
