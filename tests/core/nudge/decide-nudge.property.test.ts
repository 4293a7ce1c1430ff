import fc from 'fast-check';
import { addDays, addWorkingDays, isWorkingDay, workingDayOnOrAfter } from '../../../src/core/calendar-days';
import { decideNudge } from '../../../src/core/nudge/decide-nudge';
import type { LadderSettings } from '../../../src/core/settings';
import type { LocalDate, Stage, ThreadAnalysis, Weekday, WorkCalendar } from '../../../src/core/types';
import { at, silentThread, workCalendar } from './builders';

const START: LocalDate = '2025-11-03';
const RANK: Record<Stage, number> = {
  wait: 0,
  'check-in': 1,
  'change-channel': 2,
  'close-the-loop': 3,
  rest: 4,
  reply: 5,
};
const HOUR = 3_600_000;

const ladderArb: fc.Arbitrary<LadderSettings> = fc.record({
  firstWaitWorkingDays: fc.integer({ min: 1, max: 30 }),
  typicalReplyFactor: fc.double({ min: 1, max: 5, noNaN: true }),
  changeChannelWorkingDays: fc.integer({ min: 1, max: 60 }),
  closeLoopWorkingDays: fc.integer({ min: 1, max: 90 }),
  restMonths: fc.integer({ min: 1, max: 24 }),
});

const calendarArb: fc.Arbitrary<WorkCalendar> = fc
  .record({
    workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 30 }),
    timeZone: fc.constantFrom('UTC', 'Europe/Rome', 'America/New_York', 'Asia/Tokyo'),
  })
  .map(({ workingDays, holidayOffsets, timeZone }) =>
    workCalendar({
      timeZone,
      workingDays: workingDays as Weekday[],
      holidays: holidayOffsets.map((d) => addDays(START, d)),
    }),
  );

/** My first message, then follow-ups at growing gaps (hours), and the hours from the last one to now. */
const threadArb = fc.record({
  gapsHours: fc.array(fc.integer({ min: 1, max: 24 * 40 }), { maxLength: 4 }),
  nowAfterHours: fc.integer({ min: 0, max: 24 * 200 }),
  typicalReplyDays: fc.option(fc.double({ min: 0, max: 20, noNaN: true }), { nil: null }),
  outOfOfficeOffset: fc.option(fc.integer({ min: -30, max: 120 }), { nil: null }),
  promisedOffset: fc.option(fc.integer({ min: -30, max: 120 }), { nil: null }),
});

type ThreadSpec = typeof threadArb extends fc.Arbitrary<infer T> ? T : never;

function build(
  spec: ThreadSpec,
  followUps = spec.gapsHours.length,
): { analysis: ThreadAnalysis; now: number } {
  const sentAt = at(START, '09:00');
  const times = spec.gapsHours.reduce<number[]>(
    (acc, gap) => [...acc, (acc[acc.length - 1] ?? sentAt) + gap * HOUR],
    [],
  );
  const followUpAts = times.slice(0, followUps);
  const last = times[times.length - 1] ?? sentAt;
  const analysis = silentThread({
    sentAt,
    followUpAts,
    typicalReplyDays: spec.typicalReplyDays,
    outOfOfficeUntil: spec.outOfOfficeOffset === null ? null : addDays(START, spec.outOfOfficeOffset),
    promisedBy: spec.promisedOffset === null ? null : addDays(START, spec.promisedOffset),
  });
  return { analysis, now: last + spec.nowAfterHours * HOUR };
}

describe('the nudge ladder, for any silent thread', () => {
  it('always suggests a working day on or after today (when the calendar has working days)', () => {
    fc.assert(
      fc.property(threadArb, ladderArb, calendarArb, (spec, ladder, calendar) => {
        const { analysis, now } = build(spec);
        const decision = decideNudge({ analysis, ladder, calendar, now });
        const today = calendar.localDateOf(now, calendar.timeZone);
        expect(decision).not.toBeNull();
        expect(decision!.sendOn >= today).toBe(true);
        if (isWorkingDay(workingDayOnOrAfter(today, calendar), calendar)) {
          expect(isWorkingDay(decision!.sendOn, calendar)).toBe(true);
        }
      }),
    );
  });

  it('never suggests a date before the first working day after a return or a promised date', () => {
    fc.assert(
      fc.property(threadArb, ladderArb, calendarArb, (spec, ladder, calendar) => {
        const { analysis, now } = build(spec);
        const { sendOn } = decideNudge({ analysis, ladder, calendar, now })!;
        for (const date of [analysis.outOfOfficeUntil, analysis.promisedBy]) {
          if (date !== null) expect(sendOn >= addWorkingDays(date, 1, calendar)).toBe(true);
        }
      }),
    );
  });

  it('never moves the stage back when time passes', () => {
    fc.assert(
      fc.property(
        threadArb,
        ladderArb,
        calendarArb,
        fc.integer({ min: 1, max: 24 * 60 }),
        (spec, ladder, cal, extra) => {
          const { analysis, now } = build(spec);
          const before = decideNudge({ analysis, ladder, calendar: cal, now })!;
          const after = decideNudge({ analysis, ladder, calendar: cal, now: now + extra * HOUR })!;
          expect(RANK[after.stage]).toBeGreaterThanOrEqual(RANK[before.stage]);
        },
      ),
    );
  });

  it('never moves the stage back when I send one more follow-up', () => {
    fc.assert(
      fc.property(
        threadArb.filter((s) => s.gapsHours.length > 0),
        ladderArb,
        calendarArb,
        (spec, ladder, cal) => {
          const withOne = build(spec);
          const withoutIt = build(spec, spec.gapsHours.length - 1);
          const before = decideNudge({
            analysis: withoutIt.analysis,
            ladder,
            calendar: cal,
            now: withOne.now,
          })!;
          const after = decideNudge({ analysis: withOne.analysis, ladder, calendar: cal, now: withOne.now })!;
          expect(RANK[after.stage]).toBeGreaterThanOrEqual(RANK[before.stage]);
        },
      ),
    );
  });
});
