// Google's own Calendar errors through the bundle: 410 Gone, 404, 429 rate limit, 500 backend error.
import { buttonParameters, liveEvents, notification, quoteThread, setup } from './reminders-fixtures';

function withReminder() {
  const s = setup();
  s.click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
  return s;
}

describe("Google's Calendar errors", () => {
  it('take an event deleted meanwhile (410 "Resource has been deleted") as removed', () => {
    const s = withReminder();
    s.emulator.faults.inject('Calendar.Events.remove', 'gone');
    const result = s.click('onRemoveReminder', { parameters: buttonParameters(quoteThread()) });
    expect(notification(result)).toBe('Reminder removed.');
  });

  it('recreate one event when the one to move vanished between the listing and the patch (404)', () => {
    const s = withReminder();
    const [event] = liveEvents(s.emulator);
    s.emulator.faults.before('Calendar.Events.patch', () => {
      s.emulator.calendar.resolve('primary')?.events.delete(event!.id);
    });
    s.click('onSetReminder', { parameters: buttonParameters(quoteThread(), '2024-05-10') });
    expect(liveEvents(s.emulator)).toHaveLength(1);
  });

  it('explain a 429 rate limit and restore the record as it was', () => {
    const s = setup();
    const before = s.emulator.properties.user();
    s.emulator.faults.inject('Calendar.Events.insert', 'rate-limit');
    const result = s.click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    expect(notification(result)).toContain('quota reached');
    expect(s.emulator.properties.user()).toEqual(before);
  });

  it('explain a 500 backend error as Calendar unreachable, changing nothing', () => {
    const s = setup();
    const before = s.emulator.properties.user();
    s.emulator.faults.inject('Calendar.Events.list', 'backend');
    const result = s.click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    expect(notification(result)).toBe(
      'Google Calendar could not be reached. Nothing was changed: try again in a minute.',
    );
    expect(s.emulator.properties.user()).toEqual(before);
    expect(liveEvents(s.emulator)).toHaveLength(0);
  });

  it('are thrown with the texts and codes the advanced service uses', () => {
    const s = setup();
    const Calendar = s.emulator.globals.Calendar as { Events: { list: (id: string) => unknown } };
    const thrown = (fault: 'gone' | 'rate-limit' | 'backend') => {
      s.emulator.faults.inject('Calendar.Events.list', fault);
      try {
        Calendar.Events.list('primary');
      } catch (error) {
        return [(error as Error).message, (error as { details: { code: number } }).details.code];
      }
      return null;
    };
    expect(thrown('gone')).toEqual([
      'API call to calendar.events.list failed with error: Resource has been deleted',
      410,
    ]);
    expect(thrown('rate-limit')).toEqual([
      'API call to calendar.events.list failed with error: Rate Limit Exceeded',
      429,
    ]);
    expect(thrown('backend')).toEqual([
      'API call to calendar.events.list failed with error: Backend Error',
      500,
    ]);
  });
});
