// One emulator and one loaded bundle for the whole preview: the page asks it to run the real handlers.
import { zoneOffsetMs } from '../src/core/zone-offset';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { calendarActionEvent, calendarEventOpenEvent } from '../emulator/calendar-event-objects';
import { contextualEvent, homepageEvent, actionEvent, type FormValue } from '../emulator/events';
import { createEmulator, type Emulator } from '../emulator/index';
import { loadBundle, type LoadedBundle } from '../emulator/run-bundle';
import type { MailThread } from '../mail/parsed-mail';
import { DEFAULT_SETTINGS, settingsSchema } from '../src/core/settings';
import { SETTINGS_KEY } from '../src/store/settings-store';
import { PreviewError } from './load-mail';
import { draftViews, reminderViews, type DraftView, type ReminderView } from './views';

export const BUNDLE_PATH = path.join(__dirname, '..', 'dist', 'Code.js');

export interface SessionOptions {
  readonly threads: MailThread[];
  readonly userEmail: string;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly now: number;
  readonly timeZone: string;
  readonly locale: string;
  readonly bundleCode?: string;
}

/** What the page asks for: a trigger, a universal action, or a card action (with the open thread if any). */
export interface RunRequest {
  readonly kind: 'open' | 'homepage' | 'universal' | 'action' | 'event-open';
  readonly function?: string;
  readonly threadId?: string;
  readonly parameters?: Readonly<Record<string, string>>;
  readonly formInputs?: Readonly<Record<string, unknown>>;
  /** The Calendar event the card belongs to ('event-open', and actions from its card): Calendar is the host. */
  readonly calendar?: { readonly calendarId: string; readonly eventId: string };
}

export interface RunResult {
  /** The handler's return value as Google's JSON (card or action response). */
  readonly response: unknown;
  readonly drafts: DraftView[];
  readonly reminders: ReminderView[];
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Google's formInputs → the emulator's event builder values. */
function formValues(raw: Readonly<Record<string, unknown>> = {}): Record<string, FormValue> {
  const out: Record<string, FormValue> = {};
  for (const [name, input] of Object.entries(raw)) {
    const v = input as { stringInputs?: { value?: unknown }; dateInput?: { msSinceEpoch?: unknown } };
    if (Array.isArray(v.stringInputs?.value)) out[name] = v.stringInputs.value.map(String);
    else if (v.dateInput?.msSinceEpoch !== undefined)
      out[name] = { msSinceEpoch: Number(v.dateInput.msSinceEpoch) };
  }
  return out;
}

export class PreviewSession {
  readonly emulator: Emulator;
  private readonly bundle: LoadedBundle;

  constructor(private readonly options: SessionOptions) {
    this.emulator = createEmulator({
      userEmail: options.userEmail,
      userLocale: options.locale,
      timeZone: options.timeZone,
      now: options.now,
      threads: options.threads,
    });
    const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...options.settings });
    if (!parsed.success)
      throw new PreviewError(`The preview user's settings are invalid: ${parsed.error.issues[0]?.message}`);
    this.emulator.properties.stores.user.data.set(SETTINGS_KEY, JSON.stringify(parsed.data));
    // The addresses given after --me are the user's own: in Gmail they are send-as aliases.
    for (const alias of parsed.data.aliases) this.emulator.gmail.sendAs.add(alias.toLowerCase());
    let code = options.bundleCode;
    if (code === undefined) {
      try {
        code = readFileSync(BUNDLE_PATH, 'utf8');
      } catch {
        throw new PreviewError(
          `${BUNDLE_PATH} is missing: run "npm run build" first (npm start does it for you).`,
        );
      }
    }
    // loadBundle makes the bundle's Date.now() follow the emulator clock (--now).
    this.bundle = loadBundle(this.emulator, { code });
  }

  get userEmail(): string {
    return this.options.userEmail;
  }

  /** The Gmail locale the add-on is given (the page draws Gmail's own controls in its language). */
  get locale(): string {
    return this.options.locale;
  }

  get timeZone(): string {
    return this.options.timeZone;
  }

  get now(): number {
    return this.emulator.clock.now;
  }

  /** The ids Gmail would put in the event: the thread's newest message is the open one. */
  private gmailIds(
    threadId: string | undefined,
  ): { messageId: string; threadId: string } | Record<string, never> {
    if (!threadId) return {};
    const thread = this.emulator.gmail.threads.get(threadId);
    const open = thread?.messages.filter((m) => !m.isDraft).at(-1);
    if (!thread || !open) throw new PreviewError(`No thread ${threadId}.`);
    return { messageId: open.id, threadId: thread.id };
  }

  private eventFor(request: RunRequest): unknown {
    const base = {
      userLocale: this.options.locale,
      timeZone: this.options.timeZone,
      offsetMs: zoneOffsetMs(this.options.timeZone, this.now),
    };
    if (request.calendar) return this.calendarEvent(request, base);
    const ids = this.gmailIds(request.threadId);
    if (request.kind === 'open') {
      if (!('messageId' in ids)) throw new PreviewError('Opening a thread needs its id.');
      return contextualEvent({ ...base, messageId: ids.messageId, threadId: ids.threadId });
    }
    if (request.kind === 'homepage') return homepageEvent(base);
    return actionEvent({
      ...base,
      ...ids,
      parameters: { ...(request.parameters ?? {}) },
      formInputs: formValues(request.formInputs),
    });
  }

  /** Calendar as the host: Google's Calendar event object (no Gmail part), with the button's parameters. */
  private calendarEvent(
    request: RunRequest,
    base: { userLocale: string; timeZone: string; offsetMs: number },
  ) {
    const { calendarId, eventId } = request.calendar ?? { calendarId: '', eventId: '' };
    const ctx = { ...base, calendarId: String(calendarId), eventId: String(eventId) };
    if (request.kind === 'event-open') return calendarEventOpenEvent(ctx);
    if (request.kind === 'homepage') return homepageEvent(base);
    return calendarActionEvent({ ...ctx, parameters: { ...(request.parameters ?? {}) } });
  }

  private functionFor(request: RunRequest): string {
    if (request.kind === 'open') return 'onGmailMessageOpen';
    if (request.kind === 'event-open') return 'onCalendarEventOpen';
    if (request.kind === 'homepage') return 'onHomepage';
    const name = request.function ?? '';
    if (!IDENTIFIER.test(name) || !this.bundle.topLevelFunctions().includes(name)) {
      throw new PreviewError(`"${name}" is not a function of dist/Code.js.`);
    }
    return name;
  }

  run(request: RunRequest): RunResult {
    const name = this.functionFor(request);
    const returned = this.bundle.call(name, this.eventFor(request));
    // Cards and responses carry toJSON(): this gives exactly the card JSON printJson() prints.
    const response = returned === undefined ? null : JSON.parse(JSON.stringify(returned));
    return { response, drafts: draftViews(this.emulator), reminders: reminderViews(this.emulator) };
  }
}
