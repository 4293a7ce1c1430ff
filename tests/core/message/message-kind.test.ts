import { classifyMessage } from '../../../src/core/message/message-kind';
import { GIULIA, identity, MARCO, message } from '../builders';

const at = '2025-09-08T10:00:00+02:00';
const kindOf = (spec: Partial<Parameters<typeof message>[0]>): string =>
  classifyMessage(message({ at, from: MARCO, to: GIULIA, ...spec }), identity());

describe('classifyMessage', () => {
  it('tells my messages from a client person', () => {
    expect(kindOf({ from: GIULIA, to: MARCO, body: 'Ciao Marco, ti allego il preventivo.' })).toBe('me');
    expect(kindOf({ body: 'Ciao Giulia, lo guardo stasera e ti dico.' })).toBe('client');
  });

  it('reads RFC 3834 and vendor auto-reply headers', () => {
    expect(kindOf({ headers: { 'auto-submitted': 'auto-replied' } })).toBe('auto-reply');
    expect(kindOf({ headers: { 'auto-submitted': 'no' } })).toBe('client');
    expect(kindOf({ headers: { 'x-autoreply': 'yes' } })).toBe('auto-reply');
    expect(kindOf({ headers: { 'x-autorespond': 'Vacation' } })).toBe('auto-reply');
    expect(kindOf({ headers: { precedence: 'auto_reply' } })).toBe('auto-reply');
    expect(kindOf({ headers: { 'return-path': '<>' } })).toBe('auto-reply');
  });

  it('reads human list mail with Precedence: bulk and List-Id as a person, not as an auto-reply', () => {
    const headers = { precedence: 'bulk', 'list-id': '<clienti.studioverdi.it>' };
    expect(kindOf({ headers, to: 'clienti@studioverdi.it', body: 'Per me va bene giovedì.' })).toBe('client');
    expect(
      kindOf({
        headers: { precedence: 'bulk', sender: 'owner-clienti@studioverdi.it' },
        to: 'clienti@studioverdi.it',
        body: 'Anch’io ho lo stesso problema.',
      }),
    ).toBe('client');
  });

  it('treats noreply and newsletter senders as bulk', () => {
    expect(kindOf({ from: 'Fatture <no-reply@fatture.example.it>' })).toBe('bulk');
    expect(kindOf({ from: 'newsletter@ferramenta-rossi.it' })).toBe('bulk');
    expect(kindOf({ headers: { 'list-unsubscribe': '<mailto:u@x.it>' } })).toBe('bulk');
  });

  it('recognises bounces from headers, senders and subjects', () => {
    expect(kindOf({ headers: { 'content-type': 'multipart/report; report-type=delivery-status' } })).toBe(
      'bounce',
    );
    expect(kindOf({ headers: { 'x-failed-recipients': 'marco@x.it' } })).toBe('bounce');
    expect(kindOf({ from: 'Mail Delivery Subsystem <MAILER-DAEMON@googlemail.com>' })).toBe('bounce');
    expect(kindOf({ from: 'postmaster@ferramenta-rossi.it' })).toBe('bounce');
    for (const subject of [
      'Undeliverable: Preventivo',
      'Delivery Status Notification (Failure)',
      'Mail delivery failed: returning message to sender',
      'Returned mail: see transcript for details',
      'Unzustellbar: Angebot',
      'Non recapitabile: Preventivo',
      'Impossibile recapitare: Preventivo',
      'Non remis : Devis',
      'No se puede entregar: Presupuesto',
    ]) {
      expect(kindOf({ subject })).toBe('bounce');
    }
  });

  it.each([
    'Automatic reply: Preventivo sito',
    'Auto-Reply: Preventivo sito',
    'Out of Office: Preventivo sito',
    'Risposta automatica: Preventivo sito',
    'Fuori sede: Preventivo sito',
    'Abwesenheitsnotiz: Angebot',
    'Automatische Antwort: Angebot',
    'Réponse automatique : Devis',
    'Absence du bureau : Devis',
    'Respuesta automática: Presupuesto',
    'Fuera de la oficina: Presupuesto',
  ])('recognises the auto-reply subject %j', (subject) => {
    expect(kindOf({ subject })).toBe('auto-reply');
  });

  it('recognises acknowledgement and absence wording at the top of a short body', () => {
    expect(
      kindOf({ body: 'Gentile cliente, abbiamo ricevuto la sua richiesta e le risponderemo al più presto.' }),
    ).toBe('auto-reply');
    expect(kindOf({ body: 'Thank you. We have received your message and will reply within two days.' })).toBe(
      'auto-reply',
    );
    expect(kindOf({ body: 'Sono fuori ufficio fino al 15 settembre con accesso limitato alla posta.' })).toBe(
      'auto-reply',
    );
  });

  it('ignores those phrases when they are only in the quoted part', () => {
    const body =
      'Perfetto, procediamo.\n\nIl giorno lun 8 set 2025, Ufficio <info@x.it> ha scritto:\n> Abbiamo ricevuto la sua richiesta.';
    expect(kindOf({ body })).toBe('client');
  });

  it('keeps my own message mine when I mention being out of the office', () => {
    expect(kindOf({ from: GIULIA, to: MARCO, body: 'Sono fuori ufficio domani, ti chiamo giovedì.' })).toBe(
      'me',
    );
  });

  it('calls my own automatic notice an auto-reply, not a message of mine', () => {
    expect(kindOf({ from: GIULIA, to: MARCO, headers: { 'auto-submitted': 'auto-replied' } })).toBe(
      'auto-reply',
    );
  });

  it('classifies a noreply sender with RFC 3834 headers as an auto-reply, not bulk', () => {
    expect(
      kindOf({
        from: 'noreply@helpdesk.example.com',
        headers: { 'auto-submitted': 'auto-replied', precedence: 'bulk' },
      }),
    ).toBe('auto-reply');
  });
});

describe('list mail marked only by its Sender header', () => {
  it('reads a person posting through a majordomo list (owner- sender) as a person', () => {
    expect(
      kindOf({ headers: { sender: 'owner-perl5-porters@perl.org' }, to: 'perl5-porters@perl.org' }),
    ).toBe('client');
  });

  it('reads a majordomo confirmation as bulk', () => {
    expect(
      kindOf({
        from: 'majordomo@perl.org',
        subject: 'Confirmation for subscribe perl5-porters',
        body: 'Someone (possibly you) has requested that your email address be added to perl5-porters.',
      }),
    ).toBe('bulk');
  });

  it('reads a mailman -bounces sender with a person in From as a person', () => {
    expect(
      kindOf({
        headers: { sender: '"Design list" <design-bounces+marco=verdi.it@lists.example.org>' },
        to: 'design@lists.example.org',
      }),
    ).toBe('client');
  });

  it('keeps a client whose secretary sends on their behalf', () => {
    expect(kindOf({ headers: { sender: 'segreteria@verdi-arredi.it' } })).toBe('client');
  });
});

describe('replies that reach me through a mailing list or a Google Group', () => {
  const group = {
    'list-id': '<progetto-sito.ferramenta-rossi.it>',
    precedence: 'list',
    'in-reply-to': '<preventivo-1@studioverdi.it>',
  };

  it('counts a person’s list reply addressed to me as a human message', () => {
    expect(kindOf({ headers: group, to: GIULIA, body: 'Accettiamo il preventivo, procedete pure.' })).toBe(
      'client',
    );
    const withUnsubscribe = { ...group, 'list-unsubscribe': '<mailto:progetto-sito+unsubscribe@x.it>' };
    expect(kindOf({ headers: withUnsubscribe, cc: GIULIA, to: 'progetto-sito@ferramenta-rossi.it' })).toBe(
      'client',
    );
  });

  it('keeps a person’s list reply a person’s when it is sent only to the list', () => {
    expect(kindOf({ headers: group, to: 'progetto-sito@ferramenta-rossi.it' })).toBe('client');
  });

  it('reads list mail as bulk when a machine or a newsletter sent it', () => {
    expect(kindOf({ headers: group, from: 'noreply@ferramenta-rossi.it', to: GIULIA })).toBe('bulk');
    const newsletter = { 'list-id': '<news.ferramenta-rossi.it>', 'list-unsubscribe': '<https://x.it/u>' };
    expect(kindOf({ headers: newsletter, to: GIULIA, body: 'Le offerte di novembre' })).toBe('bulk');
  });
});

describe('bounces from my own organisation', () => {
  const colleagues = identity({ colleaguesCountAsMe: true });
  const kind = (spec: Partial<Parameters<typeof message>[0]>): string =>
    classifyMessage(message({ at, from: MARCO, to: GIULIA, ...spec }), colleagues);

  it('reads a bounce from my domain’s mailer-daemon as a bounce, not as my follow-up', () => {
    expect(
      kind({ from: 'Mail Delivery System <MAILER-DAEMON@mail.studioverdi.it>', subject: 'Preventivo' }),
    ).toBe('bounce');
  });

  it('reads a delivery report or X-Failed-Recipients sent from my domain as a bounce', () => {
    const report = { 'content-type': 'multipart/report; report-type=delivery-status' };
    expect(kind({ from: 'postmaster@studioverdi.it', headers: report })).toBe('bounce');
    expect(kind({ from: 'avvisi@studioverdi.it', headers: { 'x-failed-recipients': 'marco@x.it' } })).toBe(
      'bounce',
    );
  });

  it('still counts a colleague’s message as mine', () => {
    expect(kind({ from: 'Paolo <paolo@studioverdi.it>', to: MARCO, body: 'Ti giro il preventivo.' })).toBe(
      'me',
    );
  });
});
