// A thread's reminder is found on any page of Events.list: no second event, whatever the paging.
import { THREAD_PROPERTY } from '../../src/core/tracking/reminder-event';
import {
  buttonParameters,
  liveEvents,
  notification,
  quoteThread,
  setup,
  THREAD,
} from '../handlers/reminders-fixtures';

const copy = (n: number) => ({
  summary: `Old copy ${n}`,
  start: { dateTime: '2024-05-09T09:30:00', timeZone: 'Europe/Rome' },
  end: { dateTime: '2024-05-09T09:45:00', timeZone: 'Europe/Rome' },
  extendedProperties: { private: { [THREAD_PROPERTY]: THREAD } },
});

describe("finding a thread's reminder across pages", () => {
  it('keeps one event under three clicks when the first page is always empty', () => {
    const { emulator, click } = setup();
    emulator.calendar.paging = { pageSize: 1, emptyBetween: true, emptyFirst: true };
    for (let i = 0; i < 3; i += 1) click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    expect(liveEvents(emulator)).toHaveLength(1);
  });

  it('removes copies spread over later pages and moves the one left', () => {
    const { emulator, click } = setup();
    emulator.calendar.paging = { pageSize: 1, emptyBetween: true, emptyFirst: true };
    const Calendar = emulator.globals.Calendar as {
      Events: { insert: (r: unknown, c: string) => { id: string } };
    };
    for (let n = 0; n < 4; n += 1) Calendar.Events.insert(copy(n), 'primary');
    click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    const live = liveEvents(emulator);
    expect(live).toHaveLength(1);
    expect(live[0]?.['start']).toMatchObject({ dateTime: '2024-05-08T09:30:00' });
  });

  it('removes every copy on later pages when the reminder is removed', () => {
    const { emulator, click } = setup();
    emulator.calendar.paging = { pageSize: 1, emptyBetween: true, emptyFirst: true };
    const Calendar = emulator.globals.Calendar as {
      Events: { insert: (r: unknown, c: string) => { id: string } };
    };
    for (let n = 0; n < 3; n += 1) Calendar.Events.insert(copy(n), 'primary');
    const result = click('onRemoveReminder', { parameters: buttonParameters(quoteThread()) });
    expect(liveEvents(emulator)).toHaveLength(0);
    expect(notification(result)).toBe('Reminder removed.');
  });
});
