import { reminderEvent, threadPermalink } from '../../../src/core/tracking/reminder-event';

const input = {
  threadId: '18f0a1b2c3d4e5f6',
  title: 'Follow up: Elena Sartori — Nuove confezioni',
  description: 'Waiting on Elena',
  date: '2024-10-27',
  time: '09:30',
  timeZone: 'Europe/Rome',
  emailReminder: false,
};

describe('the reminder event resource', () => {
  it('starts at the wall-clock reminder time in the user zone, even on a daylight-saving change day', () => {
    const event = reminderEvent(input);
    expect(event.start).toEqual({ dateTime: '2024-10-27T09:30:00', timeZone: 'Europe/Rome' });
    expect(event.end).toEqual({ dateTime: '2024-10-27T09:45:00', timeZone: 'Europe/Rome' });
  });

  it('ends on the next day when the reminder is at 23:50', () => {
    expect(reminderEvent({ ...input, time: '23:50' }).end.dateTime).toBe('2024-10-28T00:05:00');
  });

  it('adds an email reminder only when asked', () => {
    expect(reminderEvent(input).reminders.overrides.map((o) => o.method)).toEqual(['popup']);
    expect(reminderEvent({ ...input, emailReminder: true }).reminders.overrides.map((o) => o.method)).toEqual(
      ['popup', 'email'],
    );
  });

  it('links to the thread in the right Google account', () => {
    expect(threadPermalink('18f0', 'anna+work@studio.it')).toBe(
      'https://mail.google.com/mail/?authuser=anna%2Bwork%40studio.it#all/18f0',
    );
    expect(threadPermalink('18f0', '')).toBe('https://mail.google.com/mail/u/0/#all/18f0');
  });
});
