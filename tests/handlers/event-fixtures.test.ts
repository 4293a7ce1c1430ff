// Every handler of the built bundle on the event objects of Google's reference (tests/fixtures/events).
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { assertValidCard } from '../../emulator';
import { eventId } from '../../emulator/gmail/ids';
import { cardTexts, json, startAddon, type Addon } from '../support/addon';
import type { MailSpec } from '../support/mail-builder';

const DIR = path.join(__dirname, '..', 'fixtures', 'events');
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const DOC_MESSAGE = 'msg-f:1795364019383720585';
const DOC_THREAD = 'thread-f:1795364019383720585';
const DOC_HEX = '18ea6a1039e25a89';

/** Wednesday 27 November 2024, 10:00 in Rome: nine days after my quote, time for a check-in. */
const NOW = '2024-11-27T10:00:00+01:00';
const QUOTE: MailSpec[] = [
  {
    id: 'q1',
    from: 'Giulia Bianchi <giulia@studiobianchi.it>',
    to: 'Marco Ferri <marco.ferri@ferriarredi.example>',
    date: '2024-11-18T11:00:00+01:00',
    subject: 'Preventivo nuovo catalogo',
    body: 'Buongiorno Marco,\nle allego il preventivo per il nuovo catalogo. Le sembra in linea?\nGiulia',
  },
];

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(path.join(DIR, name), 'utf8'));
}

/** The fixture with the documented ids swapped for the emulator thread's ids, each in the same spelling. */
function withIds(addon: Addon, value: unknown): unknown {
  const ids = addon.emulator.gmail.idsOf('q1@test.example')!;
  const swap: Record<string, string> = {
    [DOC_MESSAGE]: eventId('msg', ids.messageId),
    [DOC_THREAD]: eventId('thread', ids.threadId),
    [DOC_HEX]: ids.messageId,
  };
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
    typeof v === 'string' ? (swap[v] ?? v) : v,
  );
}

const start = () => startAddon({ now: NOW, threads: [QUOTE] });
const hasThread = (event: unknown) => /"(gmail|messageMetadata)"/.test(JSON.stringify(event));
const ERROR_SIGNS = /InvalidEventError|TypeError|ReferenceError|Unexpected add-on event|undefined|NaN/;

describe('the event objects of Google’s reference', () => {
  it('are all here, each with its source noted', () => {
    const notes = readdirSync(DIR).filter((f) => f.endsWith('.md'));
    const sources = notes.map((f) => readFileSync(path.join(DIR, f), 'utf8')).join('\n');
    expect(FIXTURES.length).toBeGreaterThanOrEqual(11);
    for (const name of FIXTURES) expect(sources).toContain(`\`${name}\``);
  });

  describe.each(FIXTURES)('%s', (name) => {
    it('runs every handler of the bundle without an error of shape or type', async () => {
      const addon = await start();
      const event = withIds(addon, fixture(name));
      for (const handler of addon.bundle.topLevelFunctions()) {
        let result: unknown;
        try {
          result = json(addon.bundle.call(handler, event));
        } catch (error) {
          // A compose action has no card to show an error on: it throws a readable message instead.
          expect(handler).toBe('onReplyWithThis');
          expect(String(error)).not.toMatch(ERROR_SIGNS);
          continue;
        }
        expect(JSON.stringify(result)).not.toMatch(ERROR_SIGNS);
      }
    });

    it('gets a real card from the homepage, Settings and Help', async () => {
      const addon = await start();
      const event = withIds(addon, fixture(name));
      const homepage = json(addon.bundle.call('onHomepage', event));
      assertValidCard(homepage);
      expect(homepage['name']).not.toBe('error');
      for (const universal of ['onSettings', 'onHelp']) {
        const response = json(addon.bundle.call(universal, event));
        const [card] = (
          response as { renderActions: { action: { navigations: { pushCard: unknown }[] } } }
        ).renderActions.action.navigations.map((n) => n.pushCard as Record<string, unknown>);
        expect(card?.['name']).not.toBe('error');
      }
    });

    it('opens the thread when the event carries one', async () => {
      const addon = await start();
      const event = withIds(addon, fixture(name));
      const card = json(addon.bundle.call('onGmailMessageOpen', event));
      assertValidCard(card);
      if (hasThread(event)) {
        expect(card['name']).not.toBe('error');
        expect(cardTexts(card).join('\n')).toContain('Marco');
      }
    });
  });

  it('saves the Settings typed in the form, from the current and the Rhino input shapes', async () => {
    for (const [name, expected] of [
      ['card-action-form-inputs.json', 'Giulia Bianchi'],
      ['card-action-rhino-form-inputs.json', 'Giulia B.'],
      ['card-action-legacy-form-inputs.json', 'Giulia Legacy'],
    ] as const) {
      const addon = await start();
      addon.bundle.call('onSaveSettings', withIds(addon, fixture(name)));
      const saved = JSON.parse(addon.emulator.properties.user()['settings'] ?? '{}') as { myName?: string };
      expect(saved.myName).toBe(expected);
    }
  });

  it('sets the reminder on the day of the date picker, for the thread named thread-f:<decimal>', async () => {
    const addon = await start();
    addon.open('q1');
    addon.bundle.call('onSetReminder', withIds(addon, fixture('date-picker.json')));
    const events = [...addon.emulator.calendar.calendars.values()]
      .flatMap((c) => [...c.events.values()])
      .filter((e) => JSON.stringify(e).includes('extendedProperties'));
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0])).toContain('2024-12-02');
  });
});
