// "Remind me" never creates an event in the past, and says exactly when, through the built bundle.
import { buttonParameters, liveEvents, notification, quoteThread, setup } from './reminders-fixtures';

/** The quote thread's suggested day is Wednesday 8 May 2024 (Rome, UTC+2). */
const at = (time: string) => Date.parse(`2024-05-08T${time}:00+02:00`);

function clickAt(time: string, locale = 'en') {
  const s = setup({ locale });
  s.emulator.clock.set(at(time));
  const result = s.click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
  const [event, ...others] = liveEvents(s.emulator);
  expect(others).toHaveLength(0);
  return { text: notification(result), start: (event?.['start'] as { dateTime: string }).dateTime };
}

describe('a reminder set on its suggested day', () => {
  it('keeps the reminder time while it is ahead', () => {
    expect(clickAt('08:00')).toEqual({
      text: 'Reminder set for today at 09:30.',
      start: '2024-05-08T09:30:00',
    });
  });

  it('goes to the next quarter hour an hour ahead after the reminder time', () => {
    expect(clickAt('14:20')).toEqual({
      text: 'Reminder set for today at 15:30.',
      start: '2024-05-08T15:30:00',
    });
  });

  it('goes to the next working day at the reminder time at 18:00', () => {
    expect(clickAt('18:00')).toEqual({
      text: 'Reminder set for tomorrow at 09:30.',
      start: '2024-05-09T09:30:00',
    });
  });

  it('says it in Italian for an Italian user', () => {
    expect(clickAt('14:20', 'it').text).toBe('Promemoria fissato per oggi alle 15:30.');
  });

  it('shows the moved time in the sidebar record and keeps it when the same slot is clicked again', () => {
    const s = setup();
    s.emulator.clock.set(at('14:20'));
    s.click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    s.click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    const events = liveEvents(s.emulator);
    expect(events).toHaveLength(1);
    expect(Date.parse(`${(events[0]?.['start'] as { dateTime: string }).dateTime}+02:00`)).toBeGreaterThan(
      s.emulator.clock.now,
    );
  });
});
