// The homepage through the built bundle: tracked threads most overdue first, one properties read, valid cards.
import { assertValidCard } from '../../emulator';
import { homepageEvent } from '../../emulator/events';
import { cardTexts } from '../support/addon';
import { notification, quoteThread, setup, store } from './reminders-fixtures';

function homepage(s: ReturnType<typeof setup>, locale = 'en') {
  const card = JSON.parse(JSON.stringify(s.bundle.call('onHomepage', homepageEvent({ userLocale: locale }))));
  assertValidCard(card);
  return card;
}

interface CardAction {
  readonly function: string;
  readonly parameters: Record<string, string>;
}

type Node = Record<string, unknown>;

/** Every decoratedText widget of a card, in order. */
function entries(node: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((child) => entries(child, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'decoratedText') out.push(value as Node);
      else entries(value, out);
    }
  }
  return out;
}

/** The click action of the entry whose top label starts with `client`, as Gmail would run it. */
function entryAction(card: unknown, client: string): CardAction {
  const entry = entries(card).find((e) => String(e['topLabel']).startsWith(client));
  if (!entry) throw new Error(`no homepage entry for ${client}`);
  const action = (entry['onClick'] as { action: Node }).action;
  const pairs = (action['parameters'] ?? []) as { key: string; value: string }[];
  return {
    function: String(action['function']),
    parameters: Object.fromEntries(pairs.map((p) => [p.key, p.value])),
  };
}

const hexId = (n: number) => `18f0${n.toString(16).padStart(12, '0')}`;

describe('the homepage', () => {
  it('explains the add-on in three lines, with a Settings button, when nothing is tracked', () => {
    const s = setup({ tracked: [] });
    const texts = cardTexts(homepage(s));
    expect(texts.filter((t) => /^[123]\. /.test(t))).toHaveLength(3);
    expect(texts).toContain('Settings');
  });

  it('lists tracked threads most overdue first with client, project, days waiting and next date', () => {
    const s = setup({ tracked: [] });
    store(
      s.emulator,
      quoteThread({
        threadId: '18f0000000000001',
        clientName: 'Anna Conti',
        subject: 'Logo',
        nextOn: '2024-05-03',
      }),
    );
    store(
      s.emulator,
      quoteThread({
        threadId: '18f0000000000002',
        clientName: 'Luca Neri',
        subject: 'Brochure',
        nextOn: '2024-05-09',
      }),
    );
    store(
      s.emulator,
      quoteThread({
        threadId: '18f0000000000003',
        clientName: 'Sara Galli',
        subject: 'Sito',
        nextOn: '2024-04-30',
      }),
    );
    const texts = cardTexts(homepage(s));
    const order = ['Sara Galli', 'Anna Conti', 'Luca Neri'].map((n) =>
      texts.findIndex((t) => t.startsWith(n)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(texts).toContain('Sara Galli · OVERDUE by 6 days');
    expect(texts).toContain('waiting 7 days · next: 30 Apr');
    expect(texts).toContain('Luca Neri');
  });

  it('groups the threads by what to do, in order, and hides the empty sections', () => {
    const s = setup({ tracked: [] });
    const thread = (n: number, clientName: string, extra: Partial<Parameters<typeof quoteThread>[0]>) =>
      store(s.emulator, quoteThread({ threadId: hexId(n), clientName, ...extra }));
    thread(1, 'Sara Galli', { nextOn: '2024-04-30' });
    thread(2, 'Luca Neri', { nextOn: '2024-05-20' });
    thread(3, 'Anna Conti', { state: 'awaiting-me', stage: 'reply', nextOn: '2024-05-06' });
    thread(4, 'Piero Valenti', { undelivered: true, nextOn: '2024-05-20' });
    const headers = (card: unknown) => JSON.stringify(card).match(/"header":"[^"]*"/g) ?? [];
    const card = homepage(s);
    expect(headers(card)).toEqual([
      '"header":"Due today and overdue (1)"',
      '"header":"Your turn (1)"',
      '"header":"Waiting (1)"',
      '"header":"Delivery problems (1)"',
    ]);
    const texts = cardTexts(card);
    const at = (text: string) => texts.findIndex((t) => t.startsWith(text));
    expect(at('Due today')).toBeLessThan(at('Sara Galli'));
    expect(at('Sara Galli')).toBeLessThan(at('Your turn'));
    expect(at('Your turn')).toBeLessThan(at('Anna Conti'));
    expect(at('Waiting (1)')).toBeLessThan(at('Luca Neri'));
    expect(at('Delivery problems')).toBeLessThan(at('Piero Valenti'));
    expect(texts).toContain('Piero Valenti · not delivered: check the address');
    expect(texts).toContain('waiting 7 days · next: 20 May');

    const onlyWaiting = setup({ tracked: [] });
    store(onlyWaiting.emulator, quoteThread({ nextOn: '2024-05-20' }));
    expect(headers(homepage(onlyWaiting))).toEqual(['"header":"Waiting (1)"']);
  });

  it('opens a tracked thread from its entry through a link to Gmail', () => {
    const s = setup({ tracked: [] });
    store(s.emulator, quoteThread({ threadId: '18f0000000000003', clientName: 'Sara Galli' }));
    const action = entryAction(homepage(s), 'Sara Galli');
    expect(action.function).toBe('onOpenThread');
    const result = s.click(action.function, { parameters: action.parameters });
    expect(result.renderActions.action.link?.url).toBe(
      'https://mail.google.com/mail/?authuser=giulia%40studiobianchi.it#all/18f0000000000003',
    );
  });

  it('refuses to open an entry without a thread id', () => {
    const s = setup({ tracked: [] });
    expect(notification(s.click('onOpenThread', { parameters: { t: 'javascript:alert(1)' } }))).toMatch(
      /no thread/,
    );
  });

  it('speaks Italian to an Italian user', () => {
    const s = setup({ tracked: [] });
    store(s.emulator, quoteThread({ nextOn: '2024-05-02' }));
    const texts = cardTexts(homepage(s, 'it'));
    expect(texts).toContain('Marco Bellini · IN RITARDO di 4 giorni');
    expect(texts).toContain('Impostazioni');
  });

  it('reads the properties once and shows the 50 most overdue of 500 tracked threads', () => {
    const s = setup({ tracked: [] });
    for (let i = 0; i < 500; i += 1) {
      const nextOn = new Date(Date.UTC(2024, 3, 1) + i * 86_400_000).toISOString().slice(0, 10);
      store(s.emulator, quoteThread({ threadId: hexId(i), clientName: `Cliente ${i}`, nextOn }));
    }
    s.emulator.calls.reset();
    const card = homepage(s);
    expect(s.emulator.calls.count('Properties.getProperties')).toBe(1);
    expect(s.emulator.calls.count('Properties.getProperty')).toBe(0);
    const texts = cardTexts(card);
    expect(texts.filter((t) => t.startsWith('Cliente '))).toHaveLength(50);
    expect(texts[texts.findIndex((t) => t.startsWith('Cliente '))]).toMatch(/^Cliente 0 · OVERDUE/);
    expect(texts.some((t) => t.includes('…and 450 more (the most overdue are shown).'))).toBe(true);
  });

  it('opens the Settings card from its button', () => {
    const s = setup({ tracked: [] });
    const result = s.click('onOpenSettings');
    const pushed = (result.renderActions.action.navigations?.[0] as { pushCard: unknown }).pushCard;
    assertValidCard(pushed);
    expect(cardTexts(pushed)).toContain('Settings');
  });
});
