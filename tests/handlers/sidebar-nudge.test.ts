// The sidebar's suggestion and "Reply with this", through the built bundle in the emulator.
import { contextualEvent } from '../../emulator/events';
import type { MailSpec } from '../support/mail-builder';
import { cardTexts, json, startAddon } from '../support/addon';

const giulia = 'Giulia Bianchi <giulia@studiobianchi.it>';
const marco = 'Marco Verdi <marco.verdi@verdi-arredi.it>';

const quietClient: MailSpec[] = [
  {
    id: 'a1',
    from: marco,
    to: giulia,
    date: '2026-11-02T09:12:00+01:00',
    subject: 'Nuovo catalogo primavera',
    body: 'Ciao Giulia, ci servirebbe un preventivo per il catalogo di primavera, 48 pagine. Grazie, Marco',
  },
  {
    id: 'a2',
    from: giulia,
    to: marco,
    date: '2026-11-13T17:30:00+01:00',
    subject: 'Re: Nuovo catalogo primavera',
    body: 'Ciao Marco,\necco il preventivo per il catalogo: 48 pagine, consegna a febbraio.\nGiulia\n\n> Ciao Giulia, ci servirebbe un preventivo',
    inReplyTo: 'a1',
  },
];

function findButton(
  card: unknown,
  label: string,
): { onClick: { action: Record<string, unknown> } } | undefined {
  let found: { onClick: { action: Record<string, unknown> } } | undefined;
  const walk = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const record = node as Record<string, unknown>;
    if (record['text'] === label && record['onClick']) found = record as unknown as typeof found;
    Object.values(record).forEach(walk);
  };
  walk(card);
  return found;
}

describe('the nudge in the sidebar', () => {
  it('suggests a check-in in the client language with its reason and date', async () => {
    const addon = await startAddon({
      now: '2026-11-23T10:00:00+01:00',
      threads: [quietClient],
      settings: { myName: 'Giulia' },
    });
    const texts = cardTexts(addon.open('a2')).join('\n');
    expect(texts).toContain('Check in today');
    expect(texts).toContain('6 working days since your message');
    expect(texts).toMatch(/Suggested text \(Italian\)/);
    expect(texts).toMatch(/Ciao Marco/);
    expect(texts).toMatch(/Nuovo catalogo primavera/);
  });

  it('shows only the date while it is too early, with the text collapsed', async () => {
    const addon = await startAddon({ now: '2026-11-16T10:00:00+01:00', threads: [quietClient] });
    const card = addon.open('a2');
    const texts = cardTexts(card).join('\n');
    expect(texts).toContain('Wait: check in on Wed 18 Nov');
    expect(JSON.stringify(card)).toContain('"collapsible":true');
  });

  it('redraws the suggestion in the formal tone when the user picks it', async () => {
    const addon = await startAddon({ now: '2026-11-23T10:00:00+01:00', threads: [quietClient] });
    const ids = addon.emulator.gmail.idsOf('a2@test.example')!;
    const response = addon.action('onChangeTone', { ...ids, formInputs: { tone: 'formal' } });
    const texts = cardTexts(response).join('\n');
    expect(texts).toMatch(/Gentile Marco|Buongiorno Marco/);
    expect(texts).not.toMatch(/^Ciao Marco/m);
  });

  it('creates a draft reply to the client, in the thread, holding the suggested text', async () => {
    const addon = await startAddon({
      now: '2026-11-23T10:00:00+01:00',
      threads: [quietClient],
      settings: { myName: 'Giulia' },
    });
    const ids = addon.emulator.gmail.idsOf('a2@test.example')!;
    const card = addon.open('a2');
    const button = findButton(card, 'Reply with this');
    expect(button?.onClick.action['function']).toBe('onReplyWithThis');
    const response = json(
      addon.bundle.call('onReplyWithThis', {
        ...contextualEvent({ ...ids, userLocale: 'en' }),
        commonEventObject: {
          userLocale: 'en',
          timeZone: { id: 'Europe/Rome', offset: 3600000 },
          parameters: { tone: 'warm' },
        },
      }),
    );
    expect(addon.emulator.gmail.drafts).toHaveLength(1);
    const draft = addon.emulator.gmail.drafts[0]!;
    expect(draft.message.threadId).toBe(ids.threadId);
    expect(draft.inReplyToId).toBe(addon.emulator.gmail.idsOf('a1@test.example')!.messageId);
    expect(draft.message.mail.to.map((p) => p.email)).toEqual(['marco.verdi@verdi-arredi.it']);
    expect(draft.body).toMatch(/^Ciao Marco/);
    expect(draft.body).toMatch(/Giulia$/);
    expect(JSON.stringify(response)).toContain(draft.id);
  });

  it('never counts its own draft as a message when the thread is opened again', async () => {
    const addon = await startAddon({ now: '2026-11-23T10:00:00+01:00', threads: [quietClient] });
    const ids = addon.emulator.gmail.idsOf('a2@test.example')!;
    addon.bundle.call('onReplyWithThis', contextualEvent({ ...ids, userLocale: 'en' }));
    expect(cardTexts(addon.open('a2')).join('\n')).toContain('Check in today');
  });

  it('tells the user to answer when the client wrote last', async () => {
    const reply: MailSpec = {
      id: 'a3',
      from: marco,
      to: giulia,
      date: '2026-11-20T11:00:00+01:00',
      subject: 'Re: Nuovo catalogo primavera',
      body: 'Ciao Giulia, va bene il preventivo. Possiamo partire con le bozze? Marco',
      inReplyTo: 'a2',
    };
    const addon = await startAddon({ now: '2026-11-23T10:00:00+01:00', threads: [[...quietClient, reply]] });
    const texts = cardTexts(addon.open('a3')).join('\n');
    expect(texts).toContain('Marco wrote last, 3 days ago: the next move is yours');
    expect(texts).toContain('Reply today');
    expect(texts).not.toContain('Reply with this');
  });

  it('shows a client’s promise as the client’s move until the day after the promised date', async () => {
    const kemi = 'Kemi Adeyemi <kemi@northfieldyoga.co.uk>';
    const thread: MailSpec[] = [
      {
        id: 'p1',
        from: giulia,
        to: kemi,
        date: '2026-11-09T15:00:00+01:00',
        subject: 'Studio photos: first selection',
        body: 'Hi Kemi,\nthe first forty photos from Saturday are in the gallery. Could you star the ones you like?\nGiulia',
      },
      {
        id: 'p2',
        from: kemi,
        to: giulia,
        date: '2026-11-16T18:20:00+00:00',
        subject: 'Re: Studio photos: first selection',
        body: 'Hi Giulia, they look lovely. I will go through them with Tom and get back to you by Friday 27 November.\nKemi',
        inReplyTo: 'p1',
      },
    ];
    const addon = await startAddon({ now: '2026-11-23T10:00:00+01:00', threads: [thread] });
    const texts = cardTexts(addon.open('p2')).join('\n');
    expect(texts).toContain('Kemi promised an answer by Fri 27 Nov');
    expect(texts).toContain('Wait for an answer from Kemi: check in on Mon 30 Nov');
    expect(texts).not.toMatch(/next move is yours|Reply now|Remind me to reply/);
    expect(texts).toContain('Remind me on Mon 30 Nov at 09:30');
    expect(cardTexts(addon.homepage()).join('\n')).not.toMatch(/your turn/);
  });

  it('warns about an undelivered message and offers no text to send to that address', async () => {
    const bounce: MailSpec = {
      id: 'b1',
      from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      to: giulia,
      date: '2026-11-13T17:31:00+01:00',
      subject: 'Delivery Status Notification (Failure)',
      body: "Address not found\n\nYour message wasn't delivered to marco.verdi@verdi-arredi.it because the address couldn't be found.",
      headers: { 'Auto-Submitted': 'auto-replied', 'X-Failed-Recipients': 'marco.verdi@verdi-arredi.it' },
      inReplyTo: 'a2',
    };
    const addon = await startAddon({ now: '2026-11-23T10:00:00+01:00', threads: [[...quietClient, bounce]] });
    const card = addon.open('a2');
    const texts = cardTexts(card).join('\n');
    expect(texts).toContain('Your message to marco.verdi@verdi-arredi.it bounced');
    expect(texts).toContain('Check the address (a typo?)');
    expect(texts).not.toContain('Waiting on Marco');
    expect(texts).not.toContain('Reply with this');
    expect(findButton(card, 'Reply now')).toBeUndefined();
  });
});
