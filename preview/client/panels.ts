// The compose panel (the draft a compose action created) and the small calendar panel (reminder events).
import type { DraftView, ReminderView } from './api';
import { eventWhen } from './dates';
import { h, type VElement } from './vnode';

export function composePanel(draft: DraftView, close: () => void): VElement {
  return h(
    'div',
    {
      class: 'compose',
      id: 'compose',
      role: 'dialog',
      'aria-label': 'Draft reply',
      'data-draft-id': draft.id,
    },
    [
      h('div', { class: 'compose-title' }, [
        h('span', {}, ['Draft reply']),
        h('button', { type: 'button', class: 'compose-close', 'aria-label': 'Close draft' }, ['×'], {
          click: close,
        }),
      ]),
      h('div', { class: 'compose-field compose-to' }, [
        h('span', { class: 'compose-label' }, ['To']),
        draft.to,
      ]),
      h('div', { class: 'compose-field compose-subject' }, [
        h('span', { class: 'compose-label' }, ['Subject']),
        draft.subject,
      ]),
      h('textarea', { class: 'compose-body', 'aria-label': 'Message body', rows: '12', value: draft.body }),
      h('div', { class: 'compose-foot' }, [
        h('span', { class: 'compose-note' }, [
          'Saved as a draft in the emulator — the preview never sends mail.',
        ]),
      ]),
    ],
  );
}

export function calendarPanel(reminders: readonly ReminderView[], timeZone: string): VElement {
  return h('section', { class: 'calendar-panel', id: 'calendar-panel', 'aria-label': 'Calendar' }, [
    h('h2', {}, ['Calendar']),
    reminders.length === 0
      ? h('p', { class: 'calendar-empty' }, ['No reminders yet.'])
      : h(
          'ul',
          {},
          reminders.map((r) =>
            h('li', { class: 'calendar-event', 'data-event-id': r.id, title: r.description }, [
              h('span', { class: 'event-when' }, [eventWhen(r.start, timeZone)]),
              h('span', { class: 'event-title' }, [r.title]),
            ]),
          ),
        ),
  ]);
}
