// Property: whatever the sequence of clicks, calendar changes, faults and clock moves, a thread never has two
// live reminder events (in any calendar), and a reminder set by a click is never in the past.
import fc from 'fast-check';
import { instantOf } from '../../emulator/calendar/event-time';
import type { FaultKind } from '../../emulator';
import { loadBundle } from '../../emulator/run-bundle';
import { THREAD_PROPERTY } from '../../src/core/tracking/reminder-event';
import { pickerValue, quoteThread, setup } from './reminders-fixtures';

const THREADS = ['18f0a1b2c3d4e5f6', '18f0a1b2c3d4e5f7', '18f0a1b2c3d4e5f8'];
const CALENDARS = ['primary', 'team@group.calendar.google.com', 'sales@group.calendar.google.com'];
const FAULTY = [
  'Calendar.Events.list',
  'Calendar.Events.insert',
  'Calendar.Events.patch',
  'Calendar.Events.move',
  'Calendar.Events.move',
  'Calendar.Events.remove',
  'Properties.setProperties',
  'Properties.getProperties',
  'Lock.tryLock',
] as const;

type Step =
  | { kind: 'set'; thread: number; days: number; sidebar: number }
  | { kind: 'remove' | 'stop'; thread: number; sidebar: number }
  | { kind: 'calendar'; calendar: number }
  | { kind: 'fault'; method: number; fault: FaultKind; after: number }
  | { kind: 'clock'; minutes: number };

const thread = fc.nat({ max: THREADS.length - 1 });
const sidebar = fc.nat({ max: 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('set' as const), thread, days: fc.nat({ max: 4 }), sidebar }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom('remove' as const, 'stop' as const), thread, sidebar }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('calendar' as const), calendar: fc.nat({ max: 2 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('fault' as const),
      method: fc.nat({ max: FAULTY.length - 1 }),
      fault: fc.constantFrom<FaultKind>('quota', 'quota', 'not-found', 'lock-timeout', 'storage-full'),
      after: fc.nat({ max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('clock' as const), minutes: fc.integer({ min: 1, max: 3000 }) }),
  },
);

function run(steps: readonly Step[]): void {
  const records = THREADS.map((threadId, i) => quoteThread({ threadId, subject: `Progetto ${i}` }));
  const s = setup({ tracked: records });
  for (const id of CALENDARS.slice(1)) s.emulator.calendar.addCalendar(id, []);
  s.emulator.calendar.paging = { pageSize: 1, emptyBetween: true, emptyFirst: true };
  const sidebars = [s.bundle, loadBundle(s.emulator)];
  const localToday = () => new Date(s.emulator.clock.now + 2 * 3_600_000).toISOString().slice(0, 10);
  for (const st of steps) {
    if (st.kind === 'clock') s.emulator.clock.advance(st.minutes * 60_000);
    else if (st.kind === 'fault') {
      const arm = () => s.emulator.faults.inject(FAULTY[st.method]!, st.fault);
      // Some faults hit a later call of the same method: the second write, the second page.
      if (st.after === 0) arm();
      else s.emulator.faults.before(FAULTY[st.method]!, arm);
    } else if (st.kind === 'calendar') {
      s.click('onSaveSettings', { formInputs: { calendarId: CALENDARS[st.calendar]! } });
    } else {
      const threadId = THREADS[st.thread]!;
      const name = { set: 'onSetReminder', remove: 'onRemoveReminder', stop: 'onStopTracking' }[st.kind];
      const date = new Date(
        Date.parse(`${localToday()}T00:00:00Z`) + ('days' in st ? st.days : 0) * 86_400_000,
      );
      const formInputs =
        st.kind === 'set' ? { reminderDate: pickerValue(date.toISOString().slice(0, 10)) } : {};
      const before = s.emulator.clock.now;
      s.click(name, { parameters: { t: threadId }, formInputs }, sidebars[st.sidebar]);
      if (st.kind === 'set') {
        for (const event of liveOf(s, threadId)) {
          const changed = Date.parse(String(event['updated'])) >= before;
          if (changed) expect(instantOf(event['start'], 'Europe/Rome')).toBeGreaterThan(before);
        }
      }
    }
    for (const threadId of THREADS) expect(liveOf(s, threadId).length).toBeLessThanOrEqual(1);
  }
}

function liveOf(s: ReturnType<typeof setup>, threadId: string) {
  return CALENDARS.flatMap((id) => s.emulator.calendar.allEvents(id)).filter(
    (e) =>
      e.status !== 'cancelled' &&
      (e['extendedProperties'] as { private?: Record<string, string> })?.private?.[THREAD_PROPERTY] ===
        threadId,
  );
}

describe('reminders under random clicks, calendar changes, faults and clock moves', () => {
  it('never leave two live events for one thread, nor set one in the past', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 4, maxLength: 14 }), (steps) => {
        run(steps);
      }),
      { numRuns: 40, seed: 20261201 },
    );
  });
});
