// The reminder opened in Google Calendar, through the built bundle: its card, Snooze and Done.
import { calendarEventOpenEvent } from '../../emulator/calendar-event-objects';
import { STOPPED, trackedKey } from '../../src/core/tracking/tracked-thread';
import { assertValidCard } from '../../emulator';
import { json } from '../support/addon';
import {
  buttonsOf,
  calendarSetup,
  notificationOf,
  texts,
  updatedCardOf,
  USER,
} from './calendar-card-fixtures';
import { liveEvents, quoteThread, THREAD } from './reminders-fixtures';

const PERMALINK = `https://mail.google.com/mail/?authuser=giulia%40studiobianchi.it#all/${THREAD}`;

const snoozeButton = (card: unknown, kind: string) => {
  const button = buttonsOf(card).find((b) => b.params['s'] === kind);
  if (!button) throw new Error(`no snooze button ${kind}`);
  return button;
};

describe('opening a Follow-up Coach reminder in Google Calendar', () => {
  it('shows the client, the project, the state as of the last look, the dates and the suggested text', () => {
    const s = calendarSetup();
    const shown = texts(s.open());
    expect(shown).toContain('Marco Bellini\nPreventivo restyling sito e catalogo');
    expect(shown).toContain('When you last looked (6 May)\nWaiting on Marco Bellini for 7 days');
    expect(shown).toContain('Suggested send date\nWed 8 May');
    expect(shown).toContain('This reminder\nWed 8 May at 09:30');
    expect(shown).toMatch(/Suggested text\nCiao Marco,/);
    expect(shown).not.toContain('https://mail.google.com');
  });

  it('opens the thread by its Gmail permalink and offers three snooze dates and Done', () => {
    const s = calendarSetup();
    const buttons = buttonsOf(s.open());
    expect(buttons.find((b) => b.text === 'Open the thread')?.url).toBe(PERMALINK);
    expect(buttons.map((b) => b.text)).toEqual([
      'Open the thread',
      'Tomorrow · Tue 7 May',
      'In 3 working days · Thu 9 May',
      'Next week · Mon 13 May',
      'Done',
    ]);
    expect(snoozeButton(s.open(), 'tomorrow').params).toMatchObject({ t: THREAD, c: USER, v: s.eventId });
  });

  it('says whose move it is when the client wrote last, as of the last look', () => {
    const reply = quoteThread({
      state: 'awaiting-me',
      stage: 'reply',
      since: '2024-05-02',
      nextOn: '2024-05-06',
    });
    const s = calendarSetup({ tracked: [reply] });
    expect(texts(s.open())).toContain('Marco Bellini wrote last, 4 days ago: your move\nNext step: Reply');
  });

  it('speaks the user’s language (Italian)', () => {
    const s = calendarSetup({ locale: 'it' });
    const shown = texts(s.open());
    expect(shown).toContain('All’ultima apertura (6 mag)\nAspetti Marco Bellini da 7 giorni');
    expect(buttonsOf(s.open()).map((b) => b.text)).toContain('Apri la conversazione');
    expect(shown).toContain('Rimanda');
  });

  it('speaks German and French too, with dates in their form', () => {
    const de = calendarSetup({ locale: 'de' });
    expect(texts(de.open())).toContain('Du wartest seit 7 Tagen auf Marco Bellini');
    expect(buttonsOf(de.open()).map((b) => b.text)).toContain('Unterhaltung öffnen');
    const fr = calendarSetup({ locale: 'fr' });
    expect(texts(fr.open())).toContain('Vous attendez Marco Bellini depuis 7 jours');
    expect(buttonsOf(fr.open()).map((b) => b.text)).toContain('Terminé');
  });

  it('shows the suggested text as written, though the event stores it escaped for Calendar', () => {
    const s = calendarSetup({ tracked: [quoteThread({ language: 'en' })] });
    expect(String(liveEvents(s.emulator)[0]?.['description'])).toContain('&#39;');
    const shown = texts(s.open());
    expect(shown).toMatch(/Suggested text\nHi Marco,/);
    expect(shown).toContain('I&#39;m');
    expect(shown).not.toContain('&amp;#39;');
  });

  it('reads a description the user edited in Calendar, which Google stores as HTML', () => {
    const s = calendarSetup();
    const event = liveEvents(s.emulator)[0]!;
    event['description'] =
      'Waiting on Marco.<br><br>Suggested text:<br>Ciao Marco,<br>una domanda &amp; un saluto.<br><br>' +
      `Open the thread: <a href="${PERMALINK}">${PERMALINK}</a>`;
    expect(texts(s.open())).toContain('Suggested text\nCiao Marco,<br>una domanda &amp; un saluto.');
  });

  it('accepts the time zone offset as a string, as Google documents it', () => {
    const s = calendarSetup();
    const event = calendarEventOpenEvent({
      calendarId: USER,
      eventId: s.eventId,
      userLocale: 'en',
      offsetAsString: true,
    });
    const card = json(s.bundle.call('onCalendarEventOpen', event));
    assertValidCard(card);
    expect(texts(card)).toContain('Waiting on Marco Bellini');
  });
});

describe('the cost of opening a reminder', () => {
  it('is one properties read and one Events.get once the days-off cache is in place', () => {
    const s = calendarSetup();
    s.open();
    const before = s.emulator.calls.entries.length;
    s.open();
    const remote = s.emulator.calls.entries.slice(before).filter((e) => e.kind === 'remote');
    expect(remote.map((e) => e.name).sort()).toEqual(['Calendar.Events.get', 'Properties.getProperties']);
  });
});

describe('Snooze', () => {
  it('keeps one event under repeated clicks, from two cards open at once', () => {
    const s = calendarSetup();
    const first = snoozeButton(s.open(), 'tomorrow').params;
    const second = snoozeButton(s.open(), 'next-week').params;
    s.press('onSnoozeReminder', first);
    s.press('onSnoozeReminder', first);
    s.press('onSnoozeReminder', second);
    expect(liveEvents(s.emulator).map((e) => e.id)).toEqual([s.eventId]);
    expect(s.record()?.reminderOn).toBe('2024-05-13');
  });

  it('moves the same event to tomorrow at the reminder time, and the record follows', () => {
    const s = calendarSetup();
    const response = s.press('onSnoozeReminder', snoozeButton(s.open(), 'tomorrow').params);
    const [event, ...others] = liveEvents(s.emulator);
    expect(others).toHaveLength(0);
    expect(event?.id).toBe(s.eventId);
    expect(event?.['start']).toMatchObject({ dateTime: '2024-05-07T09:30:00' });
    expect(s.record()).toMatchObject({ reminderOn: '2024-05-07', eventId: s.eventId });
    expect(notificationOf(response)).toBe('Reminder moved to Tue 7 May at 09:30.');
    expect(texts(updatedCardOf(response))).toContain('This reminder\nTue 7 May at 09:30');
  });

  it('moves it in 3 working days or to next week, keeping one event', () => {
    const s = calendarSetup();
    s.press('onSnoozeReminder', snoozeButton(s.open(), 'three-working-days').params);
    expect(liveEvents(s.emulator).map((e) => e['start'])).toEqual([
      { dateTime: '2024-05-09T09:30:00', timeZone: 'Europe/Rome' },
    ]);
    s.press('onSnoozeReminder', snoozeButton(s.open(), 'next-week').params);
    expect(liveEvents(s.emulator).map((e) => (e['start'] as { dateTime: string }).dateTime)).toEqual([
      '2024-05-13T09:30:00',
    ]);
    expect(s.record()?.reminderOn).toBe('2024-05-13');
  });

  it('skips my own out-of-office days', () => {
    const s = calendarSetup({ settings: { holidayCountry: 'none' } });
    s.emulator.calendar.resolve('primary')!.events.set('ooo1', {
      id: 'ooo1',
      status: 'confirmed',
      eventType: 'outOfOffice',
      start: { dateTime: '2024-05-07T00:00:00+02:00' },
      end: { dateTime: '2024-05-08T00:00:00+02:00' },
    });
    const card = s.open();
    expect(buttonsOf(card)[1]?.text).toBe('Next working day · Wed 8 May');
    s.press('onSnoozeReminder', snoozeButton(card, 'tomorrow').params);
    expect(s.record()?.reminderOn).toBe('2024-05-08');
  });

  it('skips public holidays (Memorial Day, for a user in the United States)', () => {
    const s = calendarSetup({ settings: { holidayCountry: 'US' } });
    s.emulator.clock.set(Date.parse('2024-05-21T08:00:00Z'));
    s.press('onSnoozeReminder', snoozeButton(s.open(), 'next-week').params);
    expect(s.record()?.reminderOn).toBe('2024-05-28');
  });

  it('never snoozes into the past when the card was left open for days', () => {
    const s = calendarSetup();
    const card = s.open();
    s.emulator.clock.set(Date.parse('2024-05-10T15:00:00Z'));
    s.press('onSnoozeReminder', snoozeButton(card, 'tomorrow').params);
    expect(s.record()?.reminderOn).toBe('2024-05-13');
  });

  it('changes nothing when Calendar refuses (quota) and says so', () => {
    const s = calendarSetup();
    const params = snoozeButton(s.open(), 'tomorrow').params;
    const before = s.stored();
    s.emulator.faults.inject('Calendar.Events.list', 'quota');
    const response = s.press('onSnoozeReminder', params);
    expect(notificationOf(response)).toMatch(/quota reached\). Nothing was changed/);
    expect(s.stored()).toBe(before);
    expect((liveEvents(s.emulator)[0]?.['start'] as { dateTime: string }).dateTime).toBe(
      '2024-05-08T09:30:00',
    );
  });

  it('changes nothing when another execution holds the lock', () => {
    const s = calendarSetup();
    const params = snoozeButton(s.open(), 'tomorrow').params;
    const before = s.stored();
    s.emulator.faults.inject('Lock.tryLock', 'lock-timeout');
    expect(notificationOf(s.press('onSnoozeReminder', params))).toMatch(/Nothing was lost/);
    expect(s.stored()).toBe(before);
    expect(liveEvents(s.emulator)).toHaveLength(1);
  });
});

describe('Done', () => {
  it('stops tracking: the event is removed and the record replaced by the stopped mark', () => {
    const s = calendarSetup();
    const done = buttonsOf(s.open()).find((b) => b.text === 'Done')!;
    const response = s.press('onReminderDone', done.params);
    expect(liveEvents(s.emulator)).toHaveLength(0);
    expect(s.stored()).toBe(STOPPED);
    expect(notificationOf(response)).toBe(
      'Done: the thread with Marco Bellini is no longer tracked and its reminder is removed.',
    );
    expect(buttonsOf(updatedCardOf(response)).map((b) => b.url)).toEqual([PERMALINK]);
  });

  it('keeps the record and the event when Calendar refuses', () => {
    const s = calendarSetup();
    const done = buttonsOf(s.open()).find((b) => b.text === 'Done')!;
    const before = s.stored();
    s.emulator.faults.inject('Calendar.Events.remove', 'quota');
    expect(notificationOf(s.press('onReminderDone', done.params))).toMatch(/quota/);
    expect(s.stored()).toBe(before);
    expect(liveEvents(s.emulator)).toHaveLength(1);
  });
});

describe('events that are not (or no longer) a tracked reminder', () => {
  it('says tracking was stopped elsewhere and offers to remove the event, leaving the store alone', () => {
    const s = calendarSetup();
    s.emulator.properties.stores.user.data.set(trackedKey(THREAD), STOPPED);
    const card = s.open();
    expect(texts(card)).toContain('Follow-up Coach no longer tracks this thread');
    const remove = buttonsOf(card).find((b) => b.text === 'Remove this reminder')!;
    expect(notificationOf(s.press('onReminderDone', remove.params))).toBe(
      'The reminder was removed from your calendar.',
    );
    expect(liveEvents(s.emulator)).toHaveLength(0);
    expect(s.stored()).toBe(STOPPED);
  });

  it('treats a pruned record the same way', () => {
    const s = calendarSetup();
    s.emulator.properties.stores.user.data.delete(trackedKey(THREAD));
    expect(buttonsOf(s.open()).map((b) => b.text)).toEqual(['Remove this reminder']);
  });

  it('gives any other event a one-line card', () => {
    const s = calendarSetup();
    s.emulator.calendar.resolve('primary')!.events.set('lunch1', {
      id: 'lunch1',
      status: 'confirmed',
      summary: 'Lunch',
      start: { dateTime: '2024-05-06T12:00:00+02:00' },
      end: { dateTime: '2024-05-06T13:00:00+02:00' },
    });
    expect(texts(s.open('lunch1'))).toMatch(
      /^Follow-up Coach\n<font[^>]*>This event is not a Follow-up Coach reminder\.<\/font>$/,
    );
    expect(texts(s.open('no-such-event'))).toContain('This event is not a Follow-up Coach reminder.');
  });

  it('gives a new event not saved yet (no id) and a reminder deleted by hand the one-line card', () => {
    const s = calendarSetup();
    const unsaved = json(
      s.bundle.call('onCalendarEventOpen', calendarEventOpenEvent({ calendarId: USER, userLocale: 'en' })),
    );
    expect(texts(unsaved)).toContain('This event is not a Follow-up Coach reminder.');
    s.emulator.calendar.deleteByHand('primary', s.eventId);
    expect(texts(s.open())).toContain('This event is not a Follow-up Coach reminder.');
  });

  it('explains a Calendar quota failure while reading the event', () => {
    const s = calendarSetup();
    s.emulator.faults.inject('Calendar.Events.get', 'quota');
    expect(texts(s.open())).toMatch(/Google Calendar is refusing requests for now/);
  });
});
