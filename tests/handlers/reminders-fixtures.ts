// Builders for the reminder tests: an emulator with the built bundle and a tracked thread about a website quote.
import { createEmulator, type Emulator } from '../../emulator';
import { actionEvent, type ActionOptions } from '../../emulator/events';
import { loadBundle, type LoadedBundle } from '../../emulator/run-bundle';
import { encodeRecord } from '../../src/core/tracking/record-codec';
import { trackedKey, type TrackedThread } from '../../src/core/tracking/tracked-thread';

export const THREAD = '18f0a1b2c3d4e5f6';
/** Monday 6 May 2024, 10:00 in Rome. */
export const NOW = Date.parse('2024-05-06T08:00:00Z');

export function quoteThread(overrides: Partial<TrackedThread> = {}): TrackedThread {
  return {
    threadId: THREAD,
    clientEmail: 'marco.bellini@ferraridesign.it',
    clientName: 'Marco Bellini',
    subject: 'Preventivo restyling sito e catalogo',
    state: 'awaiting-client',
    stage: 'check-in',
    since: '2024-04-29',
    lastMineOn: '2024-04-29',
    nextOn: '2024-05-08',
    reminderOn: null,
    eventId: '',
    language: 'it',
    tone: 'warm',
    stillWaitingAt: null,
    delaysHours: [30, 52],
    seenOn: '2024-05-06',
    ...overrides,
  };
}

export interface Setup {
  readonly emulator: Emulator;
  readonly bundle: LoadedBundle;
  click(name: string, options?: ActionOptions, bundle?: LoadedBundle): ActionJson;
}

export interface ActionJson {
  renderActions: {
    action: { notification?: { text: string }; navigations?: unknown[]; link?: { url: string } };
  };
}

export interface SetupOptions {
  locale?: string;
  settings?: Record<string, unknown>;
  /** Records already stored, as the thread-open write leaves them (default: the quote thread). */
  tracked?: TrackedThread[];
}

export function setup(options: SetupOptions = {}): Setup {
  const emulator = createEmulator({ userEmail: 'giulia@studiobianchi.it', userLocale: 'en', now: NOW });
  if (options.settings) {
    emulator.properties.stores.user.data.set('settings', JSON.stringify({ version: 1, ...options.settings }));
  }
  for (const record of options.tracked ?? [quoteThread()]) store(emulator, record);
  const bundle = loadBundle(emulator);
  const click = (name: string, actionOptions: ActionOptions = {}, target = bundle): ActionJson =>
    JSON.parse(
      JSON.stringify(
        target.call(name, actionEvent({ userLocale: options.locale ?? 'en', ...actionOptions })),
      ),
    );
  return { emulator, bundle, click };
}

/** The parameters the sidebar's reminder buttons carry. */
export function buttonParameters(record: TrackedThread, date = record.nextOn ?? '2024-05-08') {
  return { t: record.threadId, d: date };
}

export function store(emulator: Emulator, record: TrackedThread): void {
  emulator.properties.stores.user.data.set(trackedKey(record.threadId), encodeRecord(record));
}

export function notification(result: ActionJson): string {
  return result.renderActions.action.notification?.text ?? '';
}

export function liveEvents(emulator: Emulator, calendarId = 'primary') {
  return emulator.calendar.allEvents(calendarId).filter((e) => e.status !== 'cancelled');
}

/** UTC midnight of a day, as the date picker sends it. */
export function pickerValue(date: string): { msSinceEpoch: number } {
  return { msSinceEpoch: Date.parse(`${date}T00:00:00Z`) };
}
