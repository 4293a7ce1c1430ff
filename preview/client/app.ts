// The preview page: wires the thread list, the open thread, the add-on sidebar and the side panels to the server.
import { applyNavigations, readOutcome, type Navigation } from './action-response';
import {
  fetchMessages,
  fetchState,
  runHandler,
  type DraftView,
  type PreviewState,
  type ReminderView,
  type RunRequest,
} from './api';
import type { Card, CardAction } from './card-json';
import type { DomDocument, DomElement } from './dom';
import { FormState } from './form-state';
import { emptyThreadView, threadList, threadView } from './mail-view';
import { calendarPanel, composePanel, eventView } from './panels';
import { sidebarFrame } from './sidebar-view';
import { mount, type VNode } from './vnode';

const doc = (globalThis as unknown as { document: DomDocument }).document;
const el = (id: string): DomElement => doc.querySelector(`#${id}`) as DomElement;
const show = (id: string, node: VNode | null): void =>
  node ? el(id).replaceChildren(mount(node, doc)) : el(id).replaceChildren();

let state: PreviewState = {
  user: '',
  now: 0,
  timeZone: 'UTC',
  locale: 'en',
  threads: [],
  drafts: [],
  reminders: [],
};
let openThread: string | null = null;
/** The Calendar event open beside its card (Calendar is then the add-on's host). */
let openEvent: { calendarId: string; eventId: string } | null = null;
let stack: Card[] = [];
let toastTimer: ReturnType<typeof setTimeout> | undefined;
let pending = 0;

function toast(text: string): void {
  const box = el('toast');
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (box.hidden = true), 6000);
}

function busy(delta: number): void {
  pending += delta;
  el('sidebar').setAttribute('aria-busy', pending > 0 ? 'true' : 'false');
}

function renderSidebar(): void {
  const form = new FormState();
  const ctx = {
    form,
    run: (a: CardAction) => void runAction(a, form),
    openLink: (url: string) => void window.open(url, '_blank', 'noopener'),
  };
  show(
    'sidebar-content',
    sidebarFrame(stack, ctx, () => setStack(applyNavigations(stack, [{ kind: 'pop' }]))),
  );
}

function setStack(next: Card[]): void {
  stack = next;
  renderSidebar();
}

function renderMail(): void {
  show(
    'thread-list',
    threadList(state.threads, openThread, state.now, state.timeZone, (id) => void openThreadById(id)),
  );
  show(
    'calendar',
    calendarPanel(state.reminders, state.timeZone, openEvent?.eventId ?? null, (r) => void openEventOf(r)),
  );
  if (openEvent) {
    const id = openEvent.eventId;
    show('thread-view', eventView(state.reminders.find((r) => r.id === id) ?? null, state.timeZone));
  }
}

function showDraft(draft: DraftView | undefined): void {
  show('compose-host', draft ? composePanel(draft, () => show('compose-host', null)) : null);
}

async function run(request: RunRequest, root = false): Promise<void> {
  busy(1);
  try {
    const before = new Set(state.drafts.map((d) => d.id));
    const result = await runHandler({
      ...request,
      ...(openThread && request.kind !== 'homepage' ? { threadId: openThread } : {}),
      ...(openEvent && request.kind !== 'homepage' ? { calendar: openEvent } : {}),
    });
    state = { ...state, drafts: result.drafts, reminders: result.reminders };
    const outcome = readOutcome(result.response);
    const navigations: Navigation[] = root
      ? outcome.navigations.map((n) => (n.kind === 'push' ? { kind: 'root', cards: [n.card] } : n))
      : [...outcome.navigations];
    if (navigations.length > 0) setStack(applyNavigations(stack, navigations));
    if (outcome.notification) toast(outcome.notification);
    if (outcome.openUrl) window.open(outcome.openUrl, '_blank', 'noopener');
    if (outcome.draftId)
      showDraft(
        result.drafts.find((d) => d.id === outcome.draftId) ?? result.drafts.find((d) => !before.has(d.id)),
      );
    renderMail();
  } catch (error) {
    toast(`Error: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    busy(-1);
  }
}

function runAction(action: CardAction, form: FormState): Promise<void> {
  return run({
    kind: 'action',
    function: action.function,
    parameters: action.parameters,
    formInputs: form.toFormInputs(),
  });
}

async function openThreadById(id: string): Promise<void> {
  openThread = id;
  openEvent = null;
  renderMail();
  show('thread-view', threadView(await fetchMessages(id), state.timeZone));
  await run({ kind: 'open', threadId: id });
}

/** Opening a reminder in the calendar runs the add-on's Calendar eventOpenTrigger, as Google Calendar does. */
async function openEventOf(reminder: ReminderView): Promise<void> {
  openThread = null;
  openEvent = { calendarId: reminder.calendarId, eventId: reminder.id };
  renderMail();
  await run({ kind: 'event-open' }, true);
}

async function start(): Promise<void> {
  state = await fetchState();
  doc.querySelector('html')?.setAttribute('lang', state.locale.slice(0, 2).toLowerCase());
  el('who').textContent =
    `${state.user} · ${new Date(state.now).toLocaleString('en-GB', { timeZone: state.timeZone, dateStyle: 'full', timeStyle: 'short' })} (${state.timeZone})`;
  renderMail();
  show('thread-view', emptyThreadView());
  el('btn-home').addEventListener('click', () => void run({ kind: 'homepage' }, true));
  el('btn-settings').addEventListener('click', () => void run({ kind: 'universal', function: 'onSettings' }));
  el('btn-help').addEventListener('click', () => void run({ kind: 'universal', function: 'onHelp' }));
  await run({ kind: 'homepage' }, true);
  doc.querySelector('body')?.setAttribute('data-ready', 'true');
}

declare const window: { open(url: string, target: string, features: string): unknown };
void start();
