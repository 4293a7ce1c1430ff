// The compose panel (the draft a compose action created) and the small calendar panel (reminder events).
import type { DraftView, ReminderView } from './api';
import { descriptionText } from '../../src/core/tracking/suggested-text';
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
      h('div', { class: 'compose-field compose-from' }, [
        h('span', { class: 'compose-label' }, ['From']),
        draft.from,
      ]),
      h('div', { class: 'compose-field compose-to' }, [
        h('span', { class: 'compose-label' }, ['To']),
        draft.to,
      ]),
      h('div', { class: 'compose-field compose-cc' }, [
        h('span', { class: 'compose-label' }, ['Cc']),
        draft.cc === '' ? h('span', { class: 'compose-empty' }, ['nobody']) : draft.cc,
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

/** The reminders, soonest first; a click opens the event, as in Google Calendar, with the add-on's card beside it. */
export function calendarPanel(
  reminders: readonly ReminderView[],
  timeZone: string,
  openId: string | null = null,
  open: (r: ReminderView) => void = () => undefined,
): VElement {
  return h('section', { class: 'calendar-panel', id: 'calendar-panel', 'aria-label': 'Calendar' }, [
    h('h2', {}, ['Calendar']),
    reminders.length === 0
      ? h('p', { class: 'calendar-empty' }, ['No reminders yet.'])
      : h(
          'ul',
          {},
          reminders.map((r) =>
            h(
              'li',
              {
                class: r.id === openId ? 'calendar-event open' : 'calendar-event',
                'data-event-id': r.id,
                title: descriptionText(r.description),
                role: 'button',
                tabindex: '0',
              },
              [
                h('span', { class: 'event-when' }, [eventWhen(r.start, timeZone)]),
                h('span', { class: 'event-title' }, [r.title]),
              ],
              {
                click: () => open(r),
                keydown: (e) => (e as unknown as { key: string }).key === 'Enter' && open(r),
              },
            ),
          ),
        ),
  ]);
}

/** The opened event in the middle column, as Calendar's event view: title, when, description (plain text). */
export function eventView(reminder: ReminderView | null, timeZone: string): VElement {
  if (!reminder) return h('div', { class: 'thread-empty' }, ['This event is no longer in the calendar.']);
  return h('article', { class: 'event-view', 'data-event-id': reminder.id }, [
    h('h1', { class: 'event-view-title' }, [reminder.title]),
    h('div', { class: 'event-view-when' }, [eventWhen(reminder.start, timeZone)]),
    h('div', { class: 'event-view-calendar' }, [reminder.calendarId]),
    // Calendar reads descriptions as HTML: show what it shows (entities decoded, tags as line breaks).
    h('div', { class: 'message-body event-view-description' }, [descriptionText(reminder.description)]),
  ]);
}
