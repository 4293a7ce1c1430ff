// Every URL any handler of the built bundle opens is covered by the manifest's openLinkUrlPrefixes.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { calendarEventOpenEvent } from '../../emulator/calendar-event-objects';
import { json, startAddon, type Addon } from '../support/addon';
import type { MailSpec } from '../support/mail-builder';

const ROOT = path.join(__dirname, '..', '..');
const USER = 'giulia@studiobianchi.it';
/** Monday 23 November 2026, 10:00 in Rome. */
const NOW = '2026-11-23T10:00:00+01:00';

const QUOTE: MailSpec[] = [
  {
    id: 'l1',
    from: `Giulia Bianchi <${USER}>`,
    to: 'Anna Conti <anna.conti@contiviaggi.example>',
    date: '2026-11-12T11:00:00+01:00',
    subject: 'Preventivo brochure',
    body: 'Buongiorno Anna,\nle allego il preventivo per la brochure. Le torna?\nGiulia',
  },
];

interface ActionJson {
  function: string;
  parameters?: { key: string; value: string }[];
}

/** Walks card JSON: every action a widget calls, and every URL a widget, response or text link opens. */
function scan(node: unknown, actions: ActionJson[], urls: Set<string>, parent = ''): void {
  if (Array.isArray(node)) return node.forEach((item) => scan(item, actions, urls, parent));
  if (typeof node === 'string') {
    for (const match of node.matchAll(/href=["']([^"']+)["']/g)) urls.add(match[1] as string);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if ((parent === 'openLink' || parent === 'link') && typeof record['url'] === 'string') {
    urls.add(record['url']);
  }
  if (parent === 'action' && typeof record['function'] === 'string') actions.push(record as never);
  for (const [key, value] of Object.entries(record)) scan(value, actions, urls, key);
}

/** Clicks every action reachable from the first cards, once per function and parameters. */
function crawl(addon: Addon, start: unknown[]): { urls: Set<string>; called: Set<string> } {
  const ids = addon.emulator.gmail.idsOf('l1@test.example')!;
  const urls = new Set<string>();
  const called = new Set<string>();
  const queue: ActionJson[] = [];
  for (const card of start) scan(card, queue, urls);
  while (queue.length > 0 && called.size < 80) {
    const action = queue.shift()!;
    const parameters = Object.fromEntries((action.parameters ?? []).map((p) => [p.key, p.value]));
    const key = `${action.function} ${JSON.stringify(parameters)}`;
    if (called.has(key)) continue;
    called.add(key);
    try {
      scan(addon.action(action.function, { ...ids, parameters }), queue, urls);
    } catch {
      // A compose action throws its readable message when there is nothing to draft: nothing to open.
    }
  }
  return { urls, called };
}

describe('the links the add-on opens', () => {
  it('are all listed in openLinkUrlPrefixes, as Google requires of every HTTPS link', async () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'appsscript.json'), 'utf8')) as {
      addOns: { common: { openLinkUrlPrefixes?: string[] } };
    };
    const prefixes = manifest.addOns.common.openLinkUrlPrefixes ?? [];
    for (const prefix of prefixes) expect(prefix).toMatch(/^https:\/\/[^/]+\//);

    const addon = await startAddon({ now: NOW, threads: [QUOTE] });
    const ids = addon.emulator.gmail.idsOf('l1@test.example')!;
    const opened = addon.open('l1');
    const actions: ActionJson[] = [];
    scan(opened, actions, new Set());
    const remind = actions.find((a) => a.function === 'onSetReminder')!;
    const parameters = Object.fromEntries((remind.parameters ?? []).map((p) => [p.key, p.value]));
    addon.action('onSetReminder', { ...ids, parameters });
    const reminder = addon.emulator.calendar
      .allEvents()
      .find((e) => JSON.stringify(e).includes(ids.threadId));
    expect(reminder).toBeDefined();
    const eventCard = json(
      addon.bundle.call(
        'onCalendarEventOpen',
        calendarEventOpenEvent({ calendarId: USER, eventId: reminder!.id, userLocale: 'en' }),
      ),
    );
    const settings = json(addon.bundle.call('onSettings', {}));
    const help = json(addon.bundle.call('onHelp', {}));
    const { urls, called } = crawl(addon, [eventCard, addon.homepage(), opened, settings, help]);

    const functions = new Set([...called].map((k) => k.split(' ')[0]));
    expect(functions).toContain('onOpenThread');
    expect([...urls].some((url) => url.startsWith('https://mail.google.com/'))).toBe(true);
    for (const url of urls) {
      expect({ url, listed: prefixes.some((prefix) => url.startsWith(prefix)) }).toEqual({
        url,
        listed: true,
      });
    }
  });
});
