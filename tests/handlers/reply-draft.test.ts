// "Reply with this" through the built bundle: the draft is sent from the address the thread used.
import type { MailSpec } from '../support/mail-builder';
import { startAddon, type Addon } from '../support/addon';

/** Monday 23 November 2026, 10:00 in Rome: six days after the quote, time for a check-in. */
const MONDAY = '2026-11-23T10:00:00+01:00';
const ALIAS = 'info@studiobianchi.it';
const elena = 'Elena Russo <elena.russo@cantinerusso.it>';

function thread(myAddress: string): MailSpec[] {
  return [
    {
      id: 'd1',
      from: elena,
      to: ALIAS,
      date: '2026-11-12T15:00:00+01:00',
      subject: 'Etichette vendemmia 2026',
      body: 'Buongiorno, ci servirebbe un preventivo per le etichette delle tre nuove bottiglie. Elena',
    },
    {
      id: 'd2',
      from: `Giulia Bianchi <${myAddress}>`,
      to: elena,
      date: '2026-11-17T11:00:00+01:00',
      subject: 'Re: Etichette vendemmia 2026',
      body: 'Buongiorno Elena,\nle allego il preventivo per le tre etichette, stampa a caldo inclusa.\nGiulia',
      inReplyTo: 'd1',
    },
  ];
}

async function replyWithThis(addon: Addon): Promise<void> {
  const ids = addon.emulator.gmail.idsOf('d2@test.example')!;
  addon.open('d2');
  addon.action('onReplyWithThis', { ...ids, parameters: {} });
}

describe('Reply with this', () => {
  it('creates the draft from the alias my latest message was sent from', async () => {
    const addon = await startAddon({ now: MONDAY, threads: [thread(ALIAS)], settings: { aliases: [ALIAS] } });
    addon.emulator.gmail.sendAs.add(ALIAS);
    await replyWithThis(addon);
    const [draft] = addon.emulator.gmail.drafts;
    expect(draft?.options).toEqual({ from: ALIAS });
    expect(draft?.message.mail.from?.email).toBe(ALIAS);
    expect(draft?.message.mail.to.map((p) => p.email)).toEqual(['elena.russo@cantinerusso.it']);
  });

  it('leaves the sender to Gmail when my latest message came from my main address', async () => {
    const addon = await startAddon({
      now: MONDAY,
      threads: [thread('giulia@studiobianchi.it')],
      settings: { aliases: [ALIAS] },
    });
    await replyWithThis(addon);
    expect(addon.emulator.gmail.drafts.map((d) => d.options)).toEqual([{}]);
  });

  it('still creates the draft, from the main address, when Gmail refuses the alias', async () => {
    const addon = await startAddon({ now: MONDAY, threads: [thread(ALIAS)], settings: { aliases: [ALIAS] } });
    await replyWithThis(addon);
    const [draft] = addon.emulator.gmail.drafts;
    expect(addon.emulator.gmail.drafts).toHaveLength(1);
    expect(draft?.message.mail.from?.email).toBe('giulia@studiobianchi.it');
  });

  it("never sends from a colleague's address that counts as mine", async () => {
    const addon = await startAddon({
      now: MONDAY,
      threads: [thread('paolo@studiobianchi.it')],
      settings: { colleaguesCountAsMe: true },
    });
    addon.emulator.gmail.sendAs.add('paolo@studiobianchi.it');
    await replyWithThis(addon);
    expect(addon.emulator.gmail.drafts.map((d) => d.options)).toEqual([{}]);
  });
});

describe('Reply with this never addresses me', () => {
  const me = 'giulia@studiobianchi.it';
  const laura = 'Laura Verdi <laura.verdi@negozio.example>';
  const addressesOf = (addon: Addon) => {
    const draft = addon.emulator.gmail.drafts[0]!;
    return {
      to: draft.message.mail.to.map((p) => p.email),
      cc: draft.message.mail.cc.map((p) => p.email),
    };
  };

  it('answers the client alone in To and copies the others, none of my addresses (the alias case)', async () => {
    const conversation: MailSpec[] = [
      {
        id: 'a1',
        from: laura,
        to: `${ALIAS}, Giulia Bianchi <${me}>`,
        cc: 'Piero Verdi <piero@negozio.example>, Paolo <paolo@studiobianchi.it>',
        date: '2026-11-12T15:00:00+01:00',
        subject: 'Vetrina di Natale',
        body: 'Buongiorno, ci mandate una proposta per la vetrina di Natale? Laura',
      },
      {
        id: 'a2',
        from: `Giulia Bianchi <${ALIAS}>`,
        to: laura,
        cc: 'Piero Verdi <piero@negozio.example>',
        date: '2026-11-13T11:00:00+01:00',
        subject: 'Re: Vetrina di Natale',
        body: 'Buongiorno Laura, le va bene se la chiamo domani per i dettagli?\nGiulia',
        inReplyTo: 'a1',
      },
      {
        id: 'a3',
        from: laura,
        to: `${ALIAS}`,
        cc: `Piero Verdi <piero@negozio.example>, Paolo <paolo@studiobianchi.it>, ${me}`,
        date: '2026-11-16T09:00:00+01:00',
        subject: 'Re: Vetrina di Natale',
        body: 'Sì, mi chiami pure domani mattina. Ci sarà anche il preventivo?',
        inReplyTo: 'a2',
      },
    ];
    const addon = await startAddon({
      now: MONDAY,
      threads: [conversation],
      settings: { aliases: [ALIAS], colleaguesCountAsMe: true },
    });
    const ids = addon.emulator.gmail.idsOf('a3@test.example')!;
    addon.open('a3');
    addon.action('onReplyWithThis', { ...ids, parameters: {} });
    const { to, cc } = addressesOf(addon);
    expect(to).toEqual(['laura.verdi@negozio.example']);
    expect(cc).toEqual(['piero@negozio.example']);
  });

  it('replying to my own message goes to its other recipients, never to me', async () => {
    const conversation: MailSpec[] = [
      {
        id: 'o1',
        from: `Giulia Bianchi <${me}>`,
        to: laura,
        cc: `Piero Verdi <piero@negozio.example>, ${ALIAS}, Paolo <paolo@studiobianchi.it>`,
        date: '2026-11-12T15:00:00+01:00',
        subject: 'Proposta vetrina',
        body: 'Buongiorno Laura, le allego la proposta per la vetrina. Le piace?\nGiulia',
      },
    ];
    const addon = await startAddon({
      now: MONDAY,
      threads: [conversation],
      settings: { aliases: [ALIAS], colleaguesCountAsMe: true },
    });
    addon.emulator.gmail.sendAs.add(ALIAS);
    const ids = addon.emulator.gmail.idsOf('o1@test.example')!;
    addon.open('o1');
    addon.action('onReplyWithThis', { ...ids, parameters: {} });
    const { to, cc } = addressesOf(addon);
    const mine = [me, ALIAS, 'paolo@studiobianchi.it'];
    expect(to).toContain('laura.verdi@negozio.example');
    expect(cc).toEqual(['piero@negozio.example']);
    for (const address of mine) expect([...to, ...cc]).not.toContain(address);
  });
});
