// Runs the built dist/Code.js in the emulator with threads written by a test: the add-on as Gmail runs it.
import { createEmulator, assertValidCard, type Emulator } from '../../emulator';
import { actionEvent, contextualEvent, homepageEvent, type ActionOptions } from '../../emulator/events';
import { loadBundle, type LoadedBundle } from '../../emulator/run-bundle';
import { groupThreads } from '../../mail/group-threads';
import { parseMessage } from '../../mail/parse-message';
import type { ParsedMail } from '../../mail/parsed-mail';
import { eml, type MailSpec } from './mail-builder';

export interface AddonOptions {
  readonly userEmail?: string;
  readonly now: string;
  readonly userLocale?: string;
  readonly timeZone?: string;
  readonly threads?: readonly (readonly MailSpec[])[];
  /** Messages read from real mail files (e.g. the public corpus), added to the written ones. */
  readonly parsed?: readonly ParsedMail[];
  readonly settings?: Readonly<Record<string, unknown>>;
}

export interface Addon {
  readonly emulator: Emulator;
  readonly bundle: LoadedBundle;
  /** Opens the thread holding the message with this test id and returns the sidebar card JSON. */
  open(messageTestId: string): CardJson;
  /** Opens the thread holding the message with these Gmail ids (for real mail, by Message-ID lookup). */
  openIds(ids: { messageId: string; threadId: string }): CardJson;
  homepage(): CardJson;
  action(name: string, options?: ActionOptions): unknown;
}

export type CardJson = Record<string, unknown>;

export function json(value: unknown): CardJson {
  return JSON.parse(JSON.stringify(value)) as CardJson;
}

export async function startAddon(options: AddonOptions): Promise<Addon> {
  const parsed: ParsedMail[] = [...(options.parsed ?? [])];
  for (const [t, thread] of (options.threads ?? []).entries()) {
    for (const [m, spec] of thread.entries()) {
      parsed.push(await parseMessage(new TextEncoder().encode(eml(spec)), `test#${t}.${m}`));
    }
  }
  const emulator = createEmulator({
    userEmail: options.userEmail ?? 'giulia@studiobianchi.it',
    userLocale: options.userLocale ?? 'en',
    timeZone: options.timeZone ?? 'Europe/Rome',
    now: Date.parse(options.now),
    threads: groupThreads(parsed),
  });
  if (options.settings) {
    emulator.properties.stores.user.data.set('settings', JSON.stringify({ version: 1, ...options.settings }));
  }
  const bundle = loadBundle(emulator);
  const base = { userLocale: options.userLocale ?? 'en', timeZone: options.timeZone ?? 'Europe/Rome' };
  const idsOf = (testId: string) => {
    const ids = emulator.gmail.idsOf(`${testId}@test.example`);
    if (!ids) throw new Error(`no message with test id ${testId}`);
    return ids;
  };
  const openIds = (ids: { messageId: string; threadId: string }): CardJson => {
    const card = json(bundle.call('onGmailMessageOpen', contextualEvent({ ...base, ...ids })));
    assertValidCard(card);
    return card;
  };
  return {
    emulator,
    bundle,
    open: (testId) => openIds(idsOf(testId)),
    openIds,
    homepage() {
      const card = json(bundle.call('onHomepage', homepageEvent(base)));
      assertValidCard(card);
      return card;
    },
    action(name, actionOptions = {}) {
      return json(bundle.call(name, actionEvent({ ...base, ...actionOptions })));
    },
  };
}

/** Every text a card shows, in order, for assertions that read like what the user sees. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (
          typeof value === 'string' &&
          ['text', 'title', 'subtitle', 'topLabel', 'bottomLabel', 'header', 'label'].includes(key)
        ) {
          out.push(value);
        } else walk(value);
      }
    }
  };
  walk(card);
  return out;
}
