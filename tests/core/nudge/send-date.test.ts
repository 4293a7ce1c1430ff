import { decideNudge } from '../../../src/core/nudge/decide-nudge';
import { sendDate } from '../../../src/core/nudge/send-date';
import type { ThreadAnalysis, WorkCalendar } from '../../../src/core/types';
import { at, LADDER, silentThread, workCalendar } from './builders';

function decide(analysis: ThreadAnalysis, now: number, calendar: WorkCalendar = workCalendar()) {
  return decideNudge({ analysis, ladder: LADDER, calendar, now });
}

describe('the send date', () => {
  it('skips a holiday that falls on the suggested day', () => {
    const calendar = workCalendar({ holidays: ['2025-11-06'] });
    // The holiday also stops counting as a working day, so the third one is Friday 7.
    expect(decide(silentThread({ sentAt: at('2025-11-03') }), at('2025-11-04'), calendar)?.sendOn).toBe(
      '2025-11-07',
    );
    const target = sendDate({
      target: '2025-11-06',
      today: '2025-11-04',
      calendar,
      outOfOfficeUntil: null,
      promisedBy: null,
    });
    expect(target).toEqual({ sendOn: '2025-11-07', due: false });
  });

  it('is today when an overdue step is still waiting on a working day', () => {
    const decision = decide(silentThread({ sentAt: at('2025-10-01') }), at('2025-11-05'));
    expect(decision).toMatchObject({ stage: 'check-in', sendOn: '2025-11-05' });
  });

  it('is the next working day when the step is overdue on a Saturday', () => {
    const decision = decide(silentThread({ sentAt: at('2025-10-01') }), at('2025-11-08'));
    expect(decision).toMatchObject({ stage: 'check-in', sendOn: '2025-11-10' });
    expect(decision?.reason.due).toBe(true);
  });

  it('waits until the first working day after the client is back', () => {
    const thread = silentThread({ sentAt: at('2025-11-03'), outOfOfficeUntil: '2025-11-10' });
    const decision = decide(thread, at('2025-11-06'));
    expect(decision).toMatchObject({ stage: 'wait', sendOn: '2025-11-11' });
    expect(decision?.reason).toMatchObject({ backOn: '2025-11-10', due: false });
  });

  it('ignores and leaves out a return date that is long past', () => {
    const thread = silentThread({ sentAt: at('2025-11-03'), outOfOfficeUntil: '2025-10-20' });
    const decision = decide(thread, at('2025-11-06'));
    expect(decision).toMatchObject({ stage: 'check-in', sendOn: '2025-11-06' });
    expect(decision?.reason.backOn).toBeUndefined();
  });

  it('waits until just after a promised date, skipping the weekend and a holiday', () => {
    const calendar = workCalendar({ holidays: ['2025-11-17'] });
    const thread = silentThread({ sentAt: at('2025-11-03'), promisedBy: '2025-11-14' });
    const decision = decide(thread, at('2025-11-06'), calendar);
    expect(decision).toMatchObject({ stage: 'wait', sendOn: '2025-11-18' });
    expect(decision?.reason.promisedBy).toBe('2025-11-14');
  });

  it('reads today in the calendar’s time zone: Sunday 23:30 UTC is Monday in Rome', () => {
    const overdue = silentThread({ sentAt: at('2025-10-01') });
    const now = at('2025-11-09', '23:30');
    expect(decide(overdue, now, workCalendar({ timeZone: 'Europe/Rome' }))?.sendOn).toBe('2025-11-10');
    expect(decide(overdue, now, workCalendar({ timeZone: 'America/New_York' }))?.sendOn).toBe('2025-11-10');
    expect(
      decide(overdue, at('2025-11-10', '03:00'), workCalendar({ timeZone: 'America/Los_Angeles' }))?.reason
        .due,
    ).toBe(true);
  });

  it('follows the user’s own working week (Sunday to Thursday)', () => {
    const calendar = workCalendar({ workingDays: [7, 1, 2, 3, 4] });
    // Sent Thursday 6: Sunday 9, Monday 10, Tuesday 11.
    expect(decide(silentThread({ sentAt: at('2025-11-06') }), at('2025-11-07'), calendar)?.sendOn).toBe(
      '2025-11-11',
    );
  });
});
