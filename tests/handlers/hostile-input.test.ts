// Mail built to break the sidebar: bidi controls, a 20,000-character display name, dates outside 1970-9999.
import type { StoredMessage } from '../../emulator/gmail/gmail-state';
import { cardTexts, json, startAddon } from '../support/addon';
import type { MailSpec } from '../support/mail-builder';

const NOW = '2026-11-23T10:00:00+01:00';
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function conversation(clientName: string, subject = 'Preventivo stand'): MailSpec[] {
  return [
    {
      id: 'h1',
      from: `"${clientName}" <cliente@stand.example>`,
      to: 'Giulia Bianchi <giulia@studiobianchi.it>',
      date: '2026-11-10T09:00:00+01:00',
      subject,
      body: 'Buongiorno, ci mandate un preventivo per lo stand?',
    },
    {
      id: 'h2',
      from: 'Giulia Bianchi <giulia@studiobianchi.it>',
      to: `"${clientName}" <cliente@stand.example>`,
      date: '2026-11-12T09:00:00+01:00',
      subject: `Re: ${subject}`,
      body: 'Buongiorno, ecco il preventivo. Le va bene?\nGiulia',
      inReplyTo: 'h1',
    },
  ];
}

function header(card: Record<string, unknown>): { title: string; subtitle?: string } {
  return card['header'] as { title: string; subtitle?: string };
}

describe('hostile mail in the sidebar', () => {
  it('removes bidi controls from every text of the card', async () => {
    const name = '\u202eOllieh\u202c Rossi\u2066\u200f';
    const addon = await startAddon({
      now: NOW,
      threads: [conversation(name, 'Offerta \u202dspeciale\u2069')],
    });
    const card = addon.open('h2');
    expect(JSON.stringify(card)).not.toMatch(BIDI);
    expect(cardTexts(card).join('\n')).toContain('Ollieh Rossi');
  });

  it('shortens a 20,000-character display name in the title, and the card stays small', async () => {
    const name = `Marco ${'M'.repeat(20_000)}`;
    const addon = await startAddon({ now: NOW, threads: [conversation(name, 'S'.repeat(20_000))] });
    const card = addon.open('h2');
    expect(card['name']).not.toBe('error');
    const { title } = header(card);
    expect(Array.from(title).length).toBeLessThanOrEqual(80);
    expect(title.endsWith('…')).toBe(true);
    expect(JSON.stringify(card).length).toBeLessThan(30_000);
  });

  it.each([
    ['before 1970', Date.UTC(1969, 11, 31)],
    ['after 9999', Date.UTC(10000, 0, 2)],
    ['far beyond', 8.64e15],
  ])('counts a message date %s as unknown: a card, never an error', async (_label, at) => {
    const addon = await startAddon({ now: NOW, threads: [conversation('Anna Conti')] });
    const ids = addon.emulator.gmail.idsOf('h1@test.example')!;
    const stored = addon.emulator.gmail.messages.get(ids.messageId) as StoredMessage;
    Object.assign(stored, { mail: { ...stored.mail, date: at } });
    const card = addon.open('h2');
    expect(card['name']).not.toBe('error');
    const text = JSON.stringify(json(card));
    expect(text).not.toMatch(/NaN|Invalid Date|undefined|\+0\d{5}|10000/);
    expect(cardTexts(card).join('\n')).toContain('Anna');
  });
});
