// Through the built bundle: the settled card and its override, the automatic tone, the alternatives' drafts.
import { decodeRecord } from '../../src/core/tracking/record-codec';
import { trackedKey } from '../../src/core/tracking/tracked-thread';
import type { MailSpec } from '../support/mail-builder';
import { cardTexts, startAddon, type Addon } from '../support/addon';

const NOW = '2026-11-23T10:00:00+01:00';
const giulia = 'Giulia Bianchi <giulia@studiobianchi.it>';
const marco = 'Marco Verdi <marco.verdi@verdi-arredi.it>';

const SUBJECTS: Record<string, string> = {
  s: 'Catalogo <primavera>',
  q: 'Bozza catalogo <primavera>',
  f: 'Preventivo catalogo',
};

const spec = (id: string, from: string, date: string, body: string, inReplyTo?: string): MailSpec => ({
  id,
  from,
  to: from === giulia ? marco : giulia,
  date,
  // One subject per thread (s…, q…, f…): the first message has it, the others reply with Re:.
  subject: `${['s0', 'q1', 'f1'].includes(id) ? '' : 'Re: '}${SUBJECTS[id.charAt(0)] ?? ''}`,
  body,
  ...(inReplyTo ? { inReplyTo } : {}),
});

/** I sent the final files and asked nothing: nobody owes an answer. */
const filesSent = [
  spec('s0', marco, '2026-11-10T09:00:00+01:00', 'Ciao Giulia, mi mandi i file definitivi del catalogo?'),
  spec(
    's1',
    giulia,
    '2026-11-12T17:30:00+01:00',
    'Ciao Marco,\necco i file definitivi. Buon lavoro!\nGiulia',
    's0',
  ),
];
/** My question is still open: the ladder applies. */
const questionOpen = [
  spec(
    'q1',
    giulia,
    '2026-11-13T17:30:00+01:00',
    'Ciao Marco,\necco la bozza. Ti torna la scelta della carta opaca?\nGiulia',
  ),
];
/** A formal thread: I address Marco with Lei. */
const formalThread = [
  spec(
    'f1',
    giulia,
    '2026-11-13T17:30:00+01:00',
    'Gentile Marco Verdi,\nLe invio il preventivo per il catalogo. Mi fa sapere se è in linea con le Sue attese?\nCordiali saluti',
  ),
];

const ids = (addon: Addon, testId: string) => addon.emulator.gmail.idsOf(`${testId}@test.example`)!;

function copyStore(from: Addon, to: Addon): void {
  for (const [key, value] of Object.entries(from.emulator.properties.user()))
    to.emulator.properties.stores.user.data.set(key, value);
}

describe('a settled thread in the sidebar', () => {
  it('says nothing is pending, offers no nudge and shows both buttons', async () => {
    const addon = await startAddon({ now: NOW, threads: [filesSent] });
    const texts = cardTexts(addon.open('s1')).join('\n');
    expect(texts).toContain('Nothing pending: your last message asked for nothing');
    // No reminder is suggested either: only tracking can be stopped.
    expect(texts).not.toMatch(/Remind me/);
    expect(texts).toContain("I'm still waiting for an answer");
    expect(texts).toContain('Reply anyway');
    expect(texts).not.toContain('Next step');
    expect(texts).not.toContain('Other replies');
    const home = cardTexts(addon.homepage()).join('\n');
    expect(home).not.toMatch(/overdue/i);
  });

  it("says when the client's reply needs no answer", async () => {
    const thanks = spec('s2', marco, '2026-11-13T09:00:00+01:00', 'Grazie Giulia, perfetto così!', 's1');
    const addon = await startAddon({ now: NOW, threads: [[...filesSent, thanks]] });
    expect(cardTexts(addon.open('s2')).join('\n')).toContain('Marco&#39;s reply needs no answer');
  });

  it('"Reply anyway" drafts a reply with the check-in text', async () => {
    const addon = await startAddon({ now: NOW, threads: [filesSent], settings: { myName: 'Giulia' } });
    addon.open('s1');
    addon.action('onReplyWithThis', { ...ids(addon, 's1'), parameters: { kind: 'check-in', tone: 'warm' } });
    expect(addon.emulator.gmail.drafts).toHaveLength(1);
    expect(addon.emulator.gmail.drafts[0]!.message.mail.text).toMatch(/^Ciao Marco,/);
  });
});

describe('"I\'m still waiting for an answer"', () => {
  it('makes the thread wait, and a reopen remembers it until a new message arrives', async () => {
    const addon = await startAddon({ now: NOW, threads: [filesSent] });
    addon.open('s1');
    const after = cardTexts(addon.action('onStillWaiting', ids(addon, 's1'))).join('\n');
    expect(after).toMatch(/Waiting on Marco/);
    expect(after).toContain('Next step');
    const threadId = ids(addon, 's1').threadId;
    const stored = addon.emulator.properties.user()[trackedKey(threadId)] ?? '';
    expect(decodeRecord(trackedKey(threadId), stored)).toMatchObject({
      state: 'awaiting-client',
      stillWaitingAt: 2,
    });

    const reopened = await startAddon({ now: NOW, threads: [filesSent] });
    copyStore(addon, reopened);
    const texts = cardTexts(reopened.open('s1')).join('\n');
    expect(texts).toMatch(/Waiting on Marco/);
    expect(texts).not.toContain('Nothing pending');

    const thanks = spec('s2', marco, '2026-11-20T09:00:00+01:00', 'Grazie, tutto perfetto!', 's1');
    const answered = await startAddon({ now: NOW, threads: [[...filesSent, thanks]] });
    copyStore(addon, answered);
    expect(cardTexts(answered.open('s2')).join('\n')).toContain('Marco&#39;s reply needs no answer');
  });
});

describe('the automatic tone', () => {
  it('writes the formal text for a thread where I use Lei, the warm one where I use tu', async () => {
    const addon = await startAddon({ now: NOW, threads: [formalThread, questionOpen] });
    const formal = cardTexts(addon.open('f1')).join('\n');
    expect(formal).toMatch(/Gentile Marco/);
    expect(formal).toContain('Le riporto la mia domanda: Mi fa sapere se è in linea con le Sue attese?');
    const warm = cardTexts(addon.open('q1')).join('\n');
    expect(warm).toMatch(/Ciao Marco/);
    expect(warm).toContain('Ti riporto la mia domanda: Ti torna la scelta della carta opaca?');
    expect(warm).toContain('Automatic (follow the thread)');
  });

  it('follows a tone chosen in Settings over the thread', async () => {
    const addon = await startAddon({ now: NOW, threads: [formalThread], settings: { tone: 'warm' } });
    expect(cardTexts(addon.open('f1')).join('\n')).toMatch(/Ciao Marco/);
  });
});

describe('the suggested alternatives', () => {
  it('lists the other replies and drafts each one, in the chosen tone', async () => {
    const addon = await startAddon({ now: NOW, threads: [questionOpen], settings: { myName: 'Giulia' } });
    const card = addon.open('q1');
    const texts = cardTexts(card).join('\n');
    expect(texts).toContain('Other replies');
    for (const label of ['Propose a short call', 'A plan that works even without a reply', 'Close the loop'])
      expect(texts).toContain(label);
    for (const kind of ['change-channel', 'plan', 'close-the-loop'])
      addon.action('onReplyWithThis', { ...ids(addon, 'q1'), parameters: { kind, tone: 'formal' } });
    const bodies = addon.emulator.gmail.drafts.map((d) => d.message.mail.text);
    expect(bodies).toHaveLength(3);
    expect(new Set(bodies).size).toBe(3);
    for (const body of bodies) expect(body).toMatch(/^Gentile Marco,/);
    expect(bodies[0]).toContain('15 minuti');
  });

  it('escapes the subject inside every text on the card', async () => {
    const addon = await startAddon({ now: NOW, threads: [questionOpen] });
    const raw = JSON.stringify(addon.open('q1'));
    expect(raw).not.toContain('<primavera>');
    expect(raw).toContain('&lt;primavera&gt;');
  });
});
