// Builders for the Calendar card tests: a tracked thread with its reminder set from Gmail, then the same
// reminder opened in Google Calendar (event objects as Google documents them for Calendar).
import { assertValidCard } from '../../emulator';
import { calendarActionEvent, calendarEventOpenEvent } from '../../emulator/calendar-event-objects';
import { decodeRecord } from '../../src/core/tracking/record-codec';
import { trackedKey } from '../../src/core/tracking/tracked-thread';
import { cardTexts, json, type CardJson } from '../support/addon';
import {
  buttonParameters,
  liveEvents,
  quoteThread,
  setup,
  THREAD,
  type SetupOptions,
} from './reminders-fixtures';

export const USER = 'giulia@studiobianchi.it';

export interface CalendarSetup extends ReturnType<typeof setup> {
  /** The reminder's event id (set from Gmail with "Remind me on"). */
  readonly eventId: string;
  open(eventId?: string, locale?: string): CardJson;
  press(name: string, parameters: Record<string, string>, locale?: string): CardJson;
  record(): ReturnType<typeof decodeRecord>;
  stored(): string | undefined;
}

export function calendarSetup(options: SetupOptions = {}): CalendarSetup {
  const base = setup(options);
  base.click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
  const eventId = liveEvents(base.emulator)[0]?.id ?? '';
  const locale = options.locale ?? 'en';
  const data = base.emulator.properties.stores.user.data;
  return {
    ...base,
    eventId,
    open(id = eventId, userLocale = locale) {
      const event = calendarEventOpenEvent({ calendarId: USER, eventId: id, userLocale });
      const card = json(base.bundle.call('onCalendarEventOpen', event));
      assertValidCard(card);
      return card;
    },
    press(name, parameters, userLocale = locale) {
      const event = calendarActionEvent({ calendarId: USER, eventId, userLocale, parameters });
      return json(base.bundle.call(name, event));
    },
    record: () => decodeRecord(trackedKey(THREAD), data.get(trackedKey(THREAD)) ?? ''),
    stored: () => data.get(trackedKey(THREAD)),
  };
}

interface ButtonJson {
  text?: string;
  onClick?: {
    action?: { function?: string; parameters?: { key: string; value: string }[] };
    openLink?: { url?: string };
  };
}

/** Every button of a card, with its action's parameters as a plain map. */
export function buttonsOf(
  card: unknown,
): { text: string; fn: string; url: string; params: Record<string, string> }[] {
  const out: { text: string; fn: string; url: string; params: Record<string, string> }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const b = node as ButtonJson;
    if (typeof b.text === 'string' && b.onClick) {
      const params = Object.fromEntries((b.onClick.action?.parameters ?? []).map((p) => [p.key, p.value]));
      out.push({
        text: b.text,
        fn: b.onClick.action?.function ?? '',
        url: b.onClick.openLink?.url ?? '',
        params,
      });
    }
    Object.values(node).forEach(walk);
  };
  walk(card);
  return out;
}

export const texts = (card: unknown): string => cardTexts(card).join('\n');

export function notificationOf(response: CardJson): string {
  const action = (response['renderActions'] as { action?: { notification?: { text?: string } } } | undefined)
    ?.action;
  return action?.notification?.text ?? '';
}

export function updatedCardOf(response: CardJson): unknown {
  const action = (response['renderActions'] as { action?: { navigations?: { updateCard?: unknown }[] } })
    ?.action;
  return action?.navigations?.find((n) => n.updateCard)?.updateCard ?? null;
}
