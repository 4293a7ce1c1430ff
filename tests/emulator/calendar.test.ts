import { createEmulator } from '../../emulator';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const reminder = (threadId: string) => ({
  summary: 'Follow-up: Bianchi Arredi',
  start: { dateTime: '2024-05-13T09:00:00+02:00' },
  end: { dateTime: '2024-05-13T09:15:00+02:00' },
  transparency: 'transparent',
  extendedProperties: { private: { followUpThreadId: threadId } },
});

function setup() {
  const emulator = createEmulator();
  return { emulator, Calendar: emulator.globals.Calendar as Any };
}

describe('emulated Calendar advanced service', () => {
  it('finds an event by private extended property and hides other threads’ events', () => {
    const { Calendar } = setup();
    const created = Calendar.Events.insert(reminder('thread-a'), 'primary');
    Calendar.Events.insert(reminder('thread-b'), 'primary');
    const found = Calendar.Events.list('primary', { privateExtendedProperty: 'followUpThreadId=thread-a' });
    expect(found.items.map((e: Any) => e.id)).toEqual([created.id]);
    expect(created.status).toBe('confirmed');
    expect(created.id).toMatch(/^[a-v0-9]+$/);
  });

  it('keeps a deleted event readable as cancelled, hidden from list unless showDeleted', () => {
    const { emulator, Calendar } = setup();
    const a = Calendar.Events.insert(reminder('thread-a'), 'primary');
    const b = Calendar.Events.insert(reminder('thread-b'), 'primary');
    Calendar.Events.remove('primary', a.id);
    emulator.calendar.deleteByHand('primary', b.id);
    expect(Calendar.Events.get('primary', a.id).status).toBe('cancelled');
    expect(Calendar.Events.list('primary', {}).items).toHaveLength(0);
    expect(Calendar.Events.list('primary', { showDeleted: true }).items).toHaveLength(2);
  });

  it('answers 410 for removing a deleted event and 404 for unknown events or calendars', () => {
    const { Calendar } = setup();
    const a = Calendar.Events.insert(reminder('thread-a'), 'primary');
    Calendar.Events.remove('primary', a.id);
    const gone = (() => {
      try {
        Calendar.Events.remove('primary', a.id);
      } catch (e) {
        return e as Any;
      }
    })();
    expect(gone.name).toBe('GoogleJsonResponseException');
    expect(gone.message).toBe(
      'API call to calendar.events.remove failed with error: Resource has been deleted',
    );
    expect(gone.details.code).toBe(410);
    expect(() => Calendar.Events.get('primary', 'nosuchevent')).toThrow('failed with error: Not Found');
    expect(() => Calendar.Events.list('nobody@group.calendar.google.com', {})).toThrow(
      /calendar\.events\.list failed with error: Not Found/,
    );
  });

  it('lists a seeded holiday calendar inside a time window, all-day dates in the calendar zone', () => {
    const { emulator, Calendar } = setup();
    emulator.calendar.addCalendar('en.italian#holiday@group.v.calendar.google.com', [
      { summary: 'Festa della Repubblica', start: { date: '2024-06-02' }, end: { date: '2024-06-03' } },
      { summary: 'Ferragosto', start: { date: '2024-08-15' }, end: { date: '2024-08-16' } },
    ]);
    const june = Calendar.Events.list('en.italian#holiday@group.v.calendar.google.com', {
      timeMin: '2024-06-01T00:00:00Z',
      timeMax: '2024-07-01T00:00:00Z',
      singleEvents: true,
      orderBy: 'startTime',
    });
    expect(june.items.map((e: Any) => e.summary)).toEqual(['Festa della Repubblica']);
  });

  it('filters out-of-office events by eventTypes and patches extended properties by merging', () => {
    const { Calendar } = setup();
    Calendar.Events.insert({ ...reminder('x'), eventType: 'outOfOffice' }, 'primary');
    const r = Calendar.Events.insert(reminder('y'), 'primary');
    expect(Calendar.Events.list('primary', { eventTypes: ['outOfOffice'] }).items).toHaveLength(1);
    const patched = Calendar.Events.patch(
      { extendedProperties: { private: { stage: 'check-in' } } },
      'primary',
      r.id,
    );
    expect(patched.extendedProperties.private).toEqual({ followUpThreadId: 'y', stage: 'check-in' });
  });

  it('throws the real rate-limit error for an injected quota fault, then works again', () => {
    const { emulator, Calendar } = setup();
    emulator.faults.inject('Calendar.Events.insert', 'quota');
    const error = (() => {
      try {
        Calendar.Events.insert(reminder('z'), 'primary');
      } catch (e) {
        return e as Any;
      }
    })();
    expect(error.message).toBe('API call to calendar.events.insert failed with error: Rate Limit Exceeded');
    expect(error.details.code).toBe(403);
    expect(error.details.errors[0].reason).toBe('rateLimitExceeded');
    expect(Calendar.Events.insert(reminder('z'), 'primary').status).toBe('confirmed');
    expect(emulator.calls.count('Calendar.Events.insert')).toBe(2);
  });
});
