import { bulkEvidence, classifyMessage } from '../../../src/core/message/message-kind';
import { GIULIA, identity, MARCO, message } from '../builders';

const at = '2025-09-08T10:00:00+02:00';
const build = (spec: Partial<Parameters<typeof message>[0]>) =>
  message({ at, from: MARCO, to: GIULIA, subject: 'Preventivo', ...spec });
const kindOf = (spec: Partial<Parameters<typeof message>[0]>): string =>
  classifyMessage(build(spec), identity());
const robotOf = (spec: Partial<Parameters<typeof message>[0]>): boolean =>
  bulkEvidence(build(spec)).robot >= 3;
const list = {
  'list-id': '<dev.lists.example.org>',
  'list-post': '<mailto:dev@lists.example.org>',
  precedence: 'list',
};
const reply = { 'in-reply-to': '<p1@studioverdi.it>' };

describe('robots and newsletters without list headers', () => {
  it('reads bulk-mail service headers as a mass mailing', () => {
    for (const name of [
      'list-unsubscribe-post',
      'x-ses-outgoing',
      'x-sg-eid',
      'x-mc-user',
      'x-mailgun-sid',
    ]) {
      expect([name, kindOf({ headers: { [name]: 'x' } })]).toEqual([name, 'bulk']);
    }
    expect(kindOf({ headers: { 'x-mailer': 'Accucast (http://www.accucast.com)' } })).toBe('bulk');
  });

  it('needs a second sign besides Feedback-ID, which some providers put on people’s mail too', () => {
    expect(kindOf({ headers: { 'feedback-id': 'ie8e14432:Fastmail' }, body: 'Ciao, va bene.' })).toBe(
      'client',
    );
    const offers = 'Le offerte della settimana. Clicca qui per vederle tutte.';
    expect(kindOf({ headers: { 'feedback-id': '1.eu-west-1.x:AmazonSES' }, body: offers })).toBe('bulk');
  });

  it('reads senders that name a program: noreply, notifications, bots, daemons, list managers', () => {
    for (const from of [
      'Shop <no-reply@shop.example.com>',
      'Forum <notifications@forum.example.com>',
      'kernel test robot <lkp@intel.com>',
      'patchwork-bot+netdev@kernel.org',
      'bugzilla-daemon@bugs.example.org',
      'majordomo@lists.example.org',
      'Cron Daemon <root@host.example.org>',
    ]) {
      expect([from, kindOf({ from })]).toEqual([from, 'bulk']);
      expect([from, robotOf({ from }) || from.includes('no-reply')]).toEqual([from, true]);
    }
  });

  it('does not take people named Talbot or Abbot for bots', () => {
    expect(kindOf({ from: 'Anna Talbot <anna.talbot@studio.example.it>', body: 'Va bene, grazie.' })).toBe(
      'client',
    );
    expect(kindOf({ from: 'Jim Abbot <abbot@example.org>', body: 'Sounds good.' })).toBe('client');
  });

  it('reads unsubscribe footers and "you receive this because" lines in five languages', () => {
    const footers = [
      'You are receiving this email because you signed up. Unsubscribe: https://x.example/u',
      'Ricevi questa email perché sei iscritto. Annulla iscrizione: https://x.example/u',
      'Sie erhalten diese E-Mail, weil Sie sich angemeldet haben. Newsletter abbestellen: https://x.example/u',
      'Vous recevez ce message car vous êtes inscrit. Se désabonner : https://x.example/u',
      'Recibes este correo porque estás suscrito. Darse de baja: https://x.example/u',
    ];
    for (const footer of footers) {
      const body = `Le novità del mese.\n\n${'Un catalogo nuovo, con tanti prodotti. '.repeat(12)}\n\n${footer}`;
      expect([footer, kindOf({ from: 'Shop <info@shop.example.it>', body })]).toEqual([footer, 'bulk']);
    }
  });

  it('reads list-manager confirmations, tracker acknowledgements and CI reports as robots', () => {
    expect(
      robotOf({
        from: 'lists@example.org',
        subject: 'Welcome to the dev list',
        body: 'Welcome to the dev mailing list. To confirm your subscription, reply.',
      }),
    ).toBe(true);
    expect(
      robotOf({
        from: 'tracker@example.org',
        subject: 'Re: crash (PR#298)',
        headers: { 'x-loop': 'tracker@example.org' },
        body: 'Thank you for submitting a bug report.',
      }),
    ).toBe(true);
    expect(
      robotOf({
        from: 'ci@example.org',
        subject: '[next] BUILD REGRESSION 95b7bd9',
        body: 'configs tested: 117',
      }),
    ).toBe(true);
  });

  it('reads Auto-Submitted: auto-generated on a message that answers nothing as a notice, not an auto-reply', () => {
    expect(
      kindOf({ subject: 'Your order has shipped', headers: { 'auto-submitted': 'auto-generated' } }),
    ).toBe('bulk');
    expect(
      kindOf({ subject: 'Re: Preventivo', headers: { 'auto-submitted': 'auto-generated', ...reply } }),
    ).toBe('auto-reply');
  });
});

describe('people writing through a list stay people', () => {
  it('keeps a person’s post and reply through a list a client’s, with the list’s unsubscribe footer', () => {
    const footer =
      '\n_______________________________________________\ndev mailing list\nTo unsubscribe send an email to dev-leave@lists.example.org';
    expect(kindOf({ headers: list, body: `Has anyone built this on ARM?${footer}` })).toBe('client');
    expect(
      kindOf({
        headers: { ...list, ...reply },
        subject: 'Re: ARM build',
        body: `Yes, with gcc 12.${footer}`,
      }),
    ).toBe('client');
  });

  it('keeps a person who asks the list to unsubscribe them a person', () => {
    expect(kindOf({ headers: list, subject: 'unsubscribe', body: 'unsubscribe' })).toBe('client');
  });

  it('reads a post to a list nobody posts to (List-Post: NO) as an announcement', () => {
    expect(kindOf({ headers: { ...list, 'list-post': 'NO (posting not allowed on this list)' } })).toBe(
      'bulk',
    );
  });
});

describe('relays keep their kind', () => {
  it('reads a bounce relayed by a list manager as a bounce', () => {
    const relayed = { ...list, 'content-type': 'multipart/report; report-type=delivery-status' };
    expect(kindOf({ from: 'MAILER-DAEMON@mx.example.org', headers: list })).toBe('bounce');
    expect(kindOf({ from: 'dev-bounces@lists.example.org', headers: relayed })).toBe('bounce');
  });

  it('reads an out-of-office reply relayed through a list as an auto-reply', () => {
    expect(
      kindOf({ headers: { ...list, 'auto-submitted': 'auto-replied' }, subject: 'Out of office: ARM build' }),
    ).toBe('auto-reply');
    expect(
      kindOf({
        headers: list,
        subject: '[dev] Anna Rossi/Milano/IT is out of the office.',
        body: 'I will be out of the office starting 02/08/2026 and will not return until 06/08/2026.',
      }),
    ).toBe('auto-reply');
  });

  it('reads a person’s reply titled with a delivery failure as the person’s', () => {
    expect(
      kindOf({
        subject: 'Re: Undelivered Mail Returned to Sender',
        headers: reply,
        body: 'The address bounced because the mailbox is full; I wrote to them by phone.',
      }),
    ).toBe('client');
  });

  it('keeps a tracker relaying a person’s “out of office” comment a notification', () => {
    expect(
      kindOf({
        from: 'bugzilla-daemon@bugs.example.org',
        headers: { ...list, 'auto-submitted': 'auto-generated', ...reply },
        subject: '[Bug 215862] build fails',
        body: "--- Comment #3 from Anna ---\nI'm out of office until August 1st.",
      }),
    ).toBe('bulk');
  });
});

describe('people’s mail with words robots also use', () => {
  it('keeps clients who write formally, send test results, forward offers or mention builds', () => {
    const people = [
      {
        subject: 'Preventivo',
        body: 'Dear Sir,\nas you requested, here are the test results of the samples.\nBest regards, Marco',
      },
      {
        subject: 'Re: Sito',
        body: 'Gentile Giulia, la build è fallita di nuovo: il log è in allegato. Può guardarlo?',
      },
      {
        subject: 'Fwd: Offerta stampa',
        body: 'Giulia, guarda questa offerta che mi è arrivata: clicca qui per vederla. Che ne pensi?',
      },
      { subject: 'Riunione settimanale 15/09/2025', body: 'Ciao Giulia, confermi la riunione di lunedì?' },
      { subject: 'Re: Preventivo', body: 'Va bene per il budget di 1.200.000 € complessivi, procediamo.' },
    ];
    for (const p of people)
      expect([p.subject, kindOf({ ...p, headers: reply })]).toEqual([p.subject, 'client']);
  });
});

describe('cold offers mass-sent to site owners', () => {
  it('reads a link-exchange offer to the webmaster as bulk', () => {
    const body =
      'Dear Webmaster,\nI came across your website and I would like to propose a link exchange with our directory.\nIf you are not interested, just ignore this email.\nTom';
    expect(kindOf({ from: 'Tom <tom@seo-links.example.com>', subject: 'Link exchange', body })).toBe('bulk');
  });
});
