// Changing the reminder calendar in Settings moves the reminders: one event per thread in the new calendar,
// none left in the old, whatever fails on the way; Remove and Stop tracking find the event wherever it is.
import { decodeRecord } from '../../src/core/tracking/record-codec';
import { trackedKey } from '../../src/core/tracking/tracked-thread';
import {
  buttonParameters,
  liveEvents,
  notification,
  quoteThread,
  setup,
  THREAD,
  type Setup,
} from './reminders-fixtures';

const TEAM = 'team-followups@group.calendar.google.com';
const OTHER = quoteThread({ threadId: '18f0a1b2c3d4e5f7', subject: 'Catalogo autunno' });

function withTwoReminders(): Setup {
  const s = setup({ tracked: [quoteThread(), OTHER] });
  s.emulator.calendar.addCalendar(TEAM, []);
  s.click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
  s.click('onSetReminder', { parameters: buttonParameters(OTHER) });
  return s;
}

const chooseCalendar = (s: Setup, calendarId: string) =>
  s.click('onSaveSettings', { formInputs: { calendarId } });

const recordOf = (s: Setup, threadId = THREAD) =>
  decodeRecord(trackedKey(threadId), s.emulator.properties.user()[trackedKey(threadId)] ?? '');

const everyLiveEvent = (s: Setup) => [...liveEvents(s.emulator), ...liveEvents(s.emulator, TEAM)];

describe('changing the reminder calendar in Settings', () => {
  it('moves every reminder to the new calendar, keeping its event, and leaves none behind', () => {
    const s = withTwoReminders();
    const ids = liveEvents(s.emulator).map((e) => e.id);
    const result = chooseCalendar(s, TEAM);
    expect(notification(result)).toBe('Settings saved. 2 reminders moved to the new calendar.');
    expect(liveEvents(s.emulator)).toHaveLength(0);
    expect(
      liveEvents(s.emulator, TEAM)
        .map((e) => e.id)
        .sort(),
    ).toEqual(ids.sort());
    expect(recordOf(s)).toMatchObject({ calendars: [TEAM], eventId: expect.stringMatching(/\w/) });
  });

  it('then moves the same event when Remind me is clicked again, in the new calendar', () => {
    const s = withTwoReminders();
    chooseCalendar(s, TEAM);
    s.click('onSetReminder', { parameters: buttonParameters(quoteThread(), '2024-05-10') });
    expect(everyLiveEvent(s)).toHaveLength(2);
    expect(liveEvents(s.emulator, TEAM)).toHaveLength(2);
  });

  it('refuses a calendar that does not exist and changes nothing', () => {
    const s = withTwoReminders();
    const before = s.emulator.properties.user();
    const result = chooseCalendar(s, 'nobody@group.calendar.google.com');
    expect(notification(result)).toContain('"nobody@group.calendar.google.com" was not found');
    expect(s.emulator.properties.user()).toEqual(before);
    expect(liveEvents(s.emulator)).toHaveLength(2);
  });
});

describe('a calendar change interrupted by a fault', () => {
  it('says some reminders are still in the old calendar, and the next save finishes the move', () => {
    const s = withTwoReminders();
    s.emulator.faults.inject('Calendar.Events.move', 'quota');
    const result = chooseCalendar(s, TEAM);
    expect(notification(result)).toContain('Some reminders are still in the previous calendar');
    expect(everyLiveEvent(s)).toHaveLength(2);
    chooseCalendar(s, TEAM);
    expect(liveEvents(s.emulator)).toHaveLength(0);
    expect(liveEvents(s.emulator, TEAM)).toHaveLength(2);
  });

  it('lets Remove find a reminder the move left in the old calendar', () => {
    const s = withTwoReminders();
    s.emulator.faults.inject('Calendar.Events.move', 'quota');
    chooseCalendar(s, TEAM);
    const result = s.click('onRemoveReminder', { parameters: buttonParameters(quoteThread()) });
    expect(notification(result)).toBe('Reminder removed.');
    expect(everyLiveEvent(s).filter((e) => e.summary?.toString().includes('Preventivo'))).toHaveLength(0);
  });

  it('lets Stop tracking find the reminder in the old calendar after the records could not be written', () => {
    const s = withTwoReminders();
    // The settings and "either calendar" marks are written; the final record write fails.
    s.emulator.faults.inject('Properties.setProperties', 'storage-full', 1);
    s.emulator.faults.clear();
    s.emulator.faults.inject('Calendar.Events.move', new Error('Backend Error'));
    expect(() => chooseCalendar(s, TEAM)).not.toThrow();
    s.click('onStopTracking', { parameters: buttonParameters(quoteThread()) });
    s.click('onStopTracking', { parameters: buttonParameters(OTHER) });
    expect(everyLiveEvent(s)).toHaveLength(0);
  });

  it('keeps one event when Remind me is clicked after the move stopped half way', () => {
    const s = withTwoReminders();
    s.emulator.faults.inject('Calendar.Events.move', 'quota');
    chooseCalendar(s, TEAM);
    s.click('onSetReminder', { parameters: buttonParameters(quoteThread(), '2024-05-10') });
    s.click('onSetReminder', { parameters: buttonParameters(OTHER, '2024-05-10') });
    expect(everyLiveEvent(s)).toHaveLength(2);
    expect(liveEvents(s.emulator)).toHaveLength(0);
  });
});
