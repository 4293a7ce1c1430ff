// 'primary' and the user's own address are one calendar: switching between them keeps the one event.
import { buttonParameters, liveEvents, quoteThread, setup } from '../handlers/reminders-fixtures';

describe("choosing the user's own address instead of 'primary'", () => {
  it('keeps the same event, neither removed nor copied, and Remind me still moves it', () => {
    const s = setup();
    s.click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    const [event] = liveEvents(s.emulator);
    s.click('onSaveSettings', { formInputs: { calendarId: 'giulia@studiobianchi.it' } });
    s.click('onSetReminder', { parameters: buttonParameters(quoteThread(), '2024-05-10') });
    const live = liveEvents(s.emulator);
    expect(live.map((e) => e.id)).toEqual([event?.id]);
    expect(live[0]?.['start']).toMatchObject({ dateTime: '2024-05-10T09:30:00' });
  });
});
