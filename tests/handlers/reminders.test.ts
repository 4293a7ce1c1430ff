// "Remind me on <date>" through the built bundle: one event per thread, whatever the clicks and sidebars.
import { loadBundle } from '../../emulator/run-bundle';
import { decodeRecord } from '../../src/core/tracking/record-codec';
import { trackedKey } from '../../src/core/tracking/tracked-thread';
import {
  buttonParameters,
  liveEvents,
  notification,
  pickerValue,
  quoteThread,
  setup,
  THREAD,
} from './reminders-fixtures';

const storedRecord = (data: Map<string, string>) =>
  decodeRecord(trackedKey(THREAD), data.get(trackedKey(THREAD)) ?? '');

describe('setting a reminder', () => {
  it('creates one 15-minute transparent event at the reminder time, found again by the thread id', () => {
    const { emulator, click } = setup();
    const result = click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    const [event, ...others] = liveEvents(emulator);
    expect(others).toHaveLength(0);
    expect(event).toMatchObject({
      summary: 'Follow up: Marco Bellini — Preventivo restyling sito e catalogo',
      start: { dateTime: '2024-05-08T09:30:00', timeZone: 'Europe/Rome' },
      end: { dateTime: '2024-05-08T09:45:00', timeZone: 'Europe/Rome' },
      transparency: 'transparent',
      reminders: { useDefault: false, overrides: [{ method: 'popup', minutes: 0 }] },
      extendedProperties: { private: { followUpCoachThread: THREAD } },
    });
    expect(notification(result)).toBe('Reminder set for Wed 8 May at 09:30.');
  });

  it('describes the wait, the suggested text in the thread language and the thread permalink', () => {
    const { emulator, click } = setup({ settings: { myName: 'Giulia Bianchi' } });
    click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    const description = String(liveEvents(emulator)[0]?.['description']);
    expect(description).toContain('Waiting on Marco Bellini since 29 Apr (waiting 7 days).');
    expect(description).toMatch(/Marco/);
    expect(description).toContain('Giulia Bianchi');
    expect(description).toContain(
      `https://mail.google.com/mail/?authuser=giulia%40studiobianchi.it#all/${THREAD}`,
    );
  });

  it('stores the event id and the reminder date in the thread record', () => {
    const { emulator, click } = setup();
    click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    const record = storedRecord(emulator.properties.stores.user.data);
    expect(record?.eventId).toBe(liveEvents(emulator)[0]?.id);
    expect(record?.reminderOn).toBe('2024-05-08');
  });

  it('uses the date chosen in the date picker over the suggested one', () => {
    const { emulator, click } = setup();
    click('onSetReminder', {
      parameters: buttonParameters(quoteThread()),
      formInputs: { reminderDate: pickerValue('2024-05-10') },
    });
    expect(liveEvents(emulator)[0]?.['start']).toEqual({
      dateTime: '2024-05-10T09:30:00',
      timeZone: 'Europe/Rome',
    });
  });

  it('refuses a date in the past and creates nothing', () => {
    const { emulator, click } = setup();
    const result = click('onSetReminder', {
      parameters: buttonParameters(quoteThread()),
      formInputs: { reminderDate: pickerValue('2024-05-03') },
    });
    expect(notification(result)).toBe('Choose today or a later date for the reminder.');
    expect(emulator.calendar.allEvents()).toHaveLength(0);
  });

  it('titles the event in Italian and adds an email reminder when the settings ask for it', () => {
    const { emulator, click } = setup({
      locale: 'it',
      settings: { emailReminder: true, reminderTime: '08:15' },
    });
    const result = click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    const [event] = liveEvents(emulator);
    expect(event?.['summary']).toBe('Sollecito: Marco Bellini — Preventivo restyling sito e catalogo');
    expect(event?.['reminders']).toEqual({
      useDefault: false,
      overrides: [
        { method: 'popup', minutes: 0 },
        { method: 'email', minutes: 0 },
      ],
    });
    expect(notification(result)).toBe('Promemoria fissato per mer 8 mag alle 08:15.');
  });

  it('titles a reminder to answer the client as a reply, not a follow-up', () => {
    const waitingOnMe = quoteThread({ state: 'awaiting-me', stage: 'reply', since: '2024-05-03' });
    const { emulator, click } = setup({ tracked: [waitingOnMe] });
    click('onSetReminder', { parameters: buttonParameters(waitingOnMe, '2024-05-06') });
    expect(liveEvents(emulator)[0]?.['summary']).toBe(
      'Reply: Marco Bellini — Preventivo restyling sito e catalogo',
    );
  });

  it('puts the event in the calendar chosen in the settings', () => {
    const { emulator, click } = setup({ settings: { calendarId: 'work@group.calendar.google.com' } });
    emulator.calendar.addCalendar('work@group.calendar.google.com', []);
    click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    expect(liveEvents(emulator, 'work@group.calendar.google.com')).toHaveLength(1);
    expect(liveEvents(emulator)).toHaveLength(0);
  });
});

describe('repeated and concurrent clicks', () => {
  it('keeps one event when the button is clicked three times', () => {
    const { emulator, click } = setup();
    for (let i = 0; i < 3; i += 1) click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    expect(emulator.calendar.allEvents()).toHaveLength(1);
  });

  it('moves the same event when another date is chosen', () => {
    const { emulator, click } = setup();
    click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    const firstId = liveEvents(emulator)[0]?.id;
    click('onSetReminder', {
      parameters: buttonParameters(quoteThread()),
      formInputs: { reminderDate: pickerValue('2024-05-14') },
    });
    const events = liveEvents(emulator);
    expect(events.map((e) => e.id)).toEqual([firstId]);
    expect(events[0]?.['start']).toEqual({ dateTime: '2024-05-14T09:30:00', timeZone: 'Europe/Rome' });
    expect(storedRecord(emulator.properties.stores.user.data)?.reminderOn).toBe('2024-05-14');
  });

  it('keeps one event when two open sidebars (two bundle contexts) both set the reminder', () => {
    const { emulator, click } = setup();
    const second = loadBundle(emulator);
    click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    click('onSetReminder', { parameters: buttonParameters(quoteThread(), '2024-05-09') }, second);
    expect(emulator.calendar.allEvents()).toHaveLength(1);
    expect(liveEvents(emulator)[0]?.['start']).toMatchObject({ dateTime: '2024-05-09T09:30:00' });
  });

  it('tells the second sidebar to try again while the first holds the user lock, and writes nothing', () => {
    const { emulator, click } = setup();
    emulator.locks.user = 'context-of-another-sidebar';
    const before = emulator.properties.user();
    const result = click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    expect(notification(result)).toMatch(/Another Follow-up Coach window is saving right now/);
    expect(emulator.calendar.allEvents()).toHaveLength(0);
    expect(emulator.properties.user()).toEqual(before);
  });

  it('explains a lock timeout thrown by the lock service the same way', () => {
    const { emulator, click } = setup();
    emulator.faults.inject('Lock.tryLock', 'lock-timeout');
    const result = click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    expect(notification(result)).toMatch(/Nothing was lost: try again in a moment/);
    expect(emulator.calendar.allEvents()).toHaveLength(0);
  });
});

describe('an event deleted by hand in Calendar', () => {
  it('is recreated cleanly, once, with the record pointing at the new event', () => {
    const { emulator, click } = setup();
    click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    const oldId = liveEvents(emulator)[0]?.id ?? '';
    emulator.calendar.deleteByHand('primary', oldId);
    const result = click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    const live = liveEvents(emulator);
    expect(live).toHaveLength(1);
    expect(live[0]?.id).not.toBe(oldId);
    expect(storedRecord(emulator.properties.stores.user.data)?.eventId).toBe(live[0]?.id);
    expect(notification(result)).toMatch(/^Reminder set for/);
  });

  it('counts as nothing to remove, without an error', () => {
    const { emulator, click } = setup();
    click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    emulator.calendar.deleteByHand('primary', liveEvents(emulator)[0]?.id ?? '');
    const result = click('onRemoveReminder', { parameters: buttonParameters(quoteThread()) });
    expect(notification(result)).toBe('There was no reminder to remove.');
    expect(storedRecord(emulator.properties.stores.user.data)?.eventId).toBe('');
  });
});

describe('Calendar and store failures', () => {
  it('says the Calendar quota is exhausted and keeps the store byte for byte', () => {
    const { emulator, click } = setup();
    const before = JSON.stringify(emulator.properties.user());
    emulator.faults.inject('Calendar.Events.insert', 'quota');
    const result = click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    expect(notification(result)).toMatch(/quota reached/);
    expect(JSON.stringify(emulator.properties.user())).toBe(before);
    expect(emulator.calendar.allEvents()).toHaveLength(0);
  });

  it('names a calendar that does not exist and changes nothing', () => {
    const { emulator, click } = setup({ settings: { calendarId: 'old-team@group.calendar.google.com' } });
    const before = JSON.stringify(emulator.properties.user());
    const result = click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    expect(notification(result)).toBe(
      'The calendar "old-team@group.calendar.google.com" was not found. Choose another calendar in Settings; nothing was changed.',
    );
    expect(JSON.stringify(emulator.properties.user())).toBe(before);
  });

  it('prunes a closed thread and retries once when the store refuses the write', () => {
    const closed = quoteThread({ threadId: '18e0000000000001', stage: 'rest', seenOn: '2024-05-01' });
    const { emulator, click } = setup({ tracked: [quoteThread(), closed] });
    emulator.faults.inject('Properties.setProperties', 'storage-full');
    const result = click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    expect(notification(result)).toMatch(/^Reminder set for/);
    const keys = Object.keys(emulator.properties.user());
    expect(keys).toContain(trackedKey(THREAD));
    expect(keys).not.toContain(trackedKey(closed.threadId));
  });

  it('says the store is full when nothing can be pruned, keeping every stored record', () => {
    const open = quoteThread({ threadId: '18e0000000000002', seenOn: '2024-05-02' });
    const { emulator, click } = setup({ tracked: [quoteThread(), open] });
    const before = JSON.stringify(emulator.properties.user());
    emulator.faults.inject('Properties.setProperties', 'storage-full', 2);
    const result = click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    expect(notification(result)).toMatch(/storage is full/);
    expect(JSON.stringify(emulator.properties.user())).toBe(before);
  });

  it('asks to reopen the thread when the button carries no thread', () => {
    const { click } = setup();
    expect(notification(click('onSetReminder', {}))).toMatch(/Open the thread again/);
  });
});

describe('removing a reminder and stopping tracking', () => {
  it('removes the event and clears it from the record', () => {
    const { emulator, click } = setup();
    click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    const result = click('onRemoveReminder', { parameters: buttonParameters(quoteThread()) });
    expect(notification(result)).toBe('Reminder removed.');
    expect(liveEvents(emulator)).toHaveLength(0);
    expect(storedRecord(emulator.properties.stores.user.data)).toMatchObject({
      eventId: '',
      reminderOn: null,
    });
  });

  it('removes the record and its reminder when the user stops tracking the thread', () => {
    const { emulator, click } = setup();
    click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    const result = click('onStopTracking', { parameters: buttonParameters(quoteThread()) });
    expect(notification(result)).toBe('This thread is no longer tracked; its reminder is removed.');
    expect(liveEvents(emulator)).toHaveLength(0);
    expect(emulator.properties.user()[trackedKey(THREAD)]).toBe('0');
    expect(storedRecord(emulator.properties.stores.user.data)).toBeNull();
  });

  it('keeps the record when Calendar fails while stopping, so nothing is half done', () => {
    const { emulator, click } = setup();
    click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    emulator.faults.inject('Calendar.Events.list', 'quota');
    const result = click('onStopTracking', { parameters: buttonParameters(quoteThread()) });
    expect(notification(result)).toMatch(/quota reached/);
    expect(liveEvents(emulator)).toHaveLength(1);
    expect(emulator.properties.user()[trackedKey(THREAD)]).toBeDefined();
  });
});

describe('service calls', () => {
  it('sets a reminder with one lock, one Calendar list, one insert and two properties writes (pending, then done)', () => {
    const { emulator, click } = setup();
    emulator.calls.reset();
    click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    const calls = emulator.calls.byMethod();
    expect(calls['Calendar.Events.list']).toBe(1);
    expect(calls['Calendar.Events.insert']).toBe(1);
    expect(calls['Properties.getProperties']).toBe(1);
    expect(calls['Properties.setProperties']).toBe(2);
    expect(calls['Lock.tryLock']).toBe(1);
  });
});
