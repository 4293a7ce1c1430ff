// The Gmail-like left and middle columns: the thread list and the open thread's messages (plain text).
import type { MessageView, ThreadSummary } from './api';
import { longWhen, shortWhen } from './dates';
import { h, type VElement } from './vnode';

export function threadList(
  threads: readonly ThreadSummary[],
  openId: string | null,
  now: number,
  timeZone: string,
  open: (id: string) => void,
): VElement {
  return h(
    'ul',
    { class: 'thread-list', role: 'list' },
    threads.map((t) =>
      h(
        'li',
        { class: t.id === openId ? 'thread-row open' : 'thread-row', 'data-thread-id': t.id, tabindex: '0' },
        [
          h('span', { class: 'row-sender' }, [
            t.sender,
            t.count > 1 ? h('span', { class: 'row-count' }, [String(t.count)]) : null,
          ]),
          h('span', { class: 'row-text' }, [
            h('span', { class: 'row-subject' }, [t.subject]),
            h('span', { class: 'row-snippet' }, [` — ${t.snippet}`]),
          ]),
          h('span', { class: 'row-date' }, [shortWhen(t.date, now, timeZone)]),
        ],
        {
          click: () => open(t.id),
          keydown: (e) => (e as unknown as { key: string }).key === 'Enter' && open(t.id),
        },
      ),
    ),
  );
}

export function threadView(messages: readonly MessageView[], timeZone: string): VElement {
  const subject = messages[0]?.subject ?? '';
  return h('article', { class: 'thread' }, [
    h('h1', { class: 'thread-subject' }, [subject]),
    ...messages.map((m) =>
      h('div', { class: 'message', 'data-message-id': m.id }, [
        h('div', { class: 'message-head' }, [
          h('span', { class: 'message-from' }, [m.from]),
          h('span', { class: 'message-date' }, [longWhen(m.date, timeZone)]),
        ]),
        h('div', { class: 'message-to' }, [`to ${m.to}`]),
        h('div', { class: 'message-body' }, [m.text]),
      ]),
    ),
  ]);
}

export function emptyThreadView(): VElement {
  return h('div', { class: 'thread-empty' }, [
    'Open a conversation on the left: the add-on’s sidebar will show what it thinks on the right.',
  ]);
}
