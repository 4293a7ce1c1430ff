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
