import { decideNudge } from '../../../src/core/nudge/decide-nudge';
import type { LadderSettings } from '../../../src/core/settings';
import type { ThreadAnalysis, WorkCalendar } from '../../../src/core/types';
import { at, clientWroteLast, LADDER, noClientThread, silentThread, workCalendar } from './builders';

// November 2025: Mon 3, Thu 6, Fri 7, Mon 10, Mon 17; Friday 5 December.
const WEEKDAYS = workCalendar();

function decide(
  analysis: ThreadAnalysis,
  now: number,
  calendar: WorkCalendar = WEEKDAYS,
  ladder: LadderSettings = LADDER,
) {
  return decideNudge({ analysis, ladder, calendar, now });
}

describe('the nudge ladder', () => {
  it('suggests nothing for a thread with no client', () => {
    expect(decide(noClientThread(), at('2025-11-10'))).toBeNull();
  });

  it('waits while fewer than 3 working days have passed, showing the date of the check-in', () => {
    const decision = decide(silentThread({ sentAt: at('2025-11-03') }), at('2025-11-05'));
    expect(decision).toMatchObject({ stage: 'wait', sendOn: '2025-11-06', lastNudgeOn: null });
    expect(decision?.reason).toMatchObject({
      kind: 'waiting',
      workingDays: 2,
      stepWorkingDays: 3,
      due: false,
    });
  });

  it('suggests the check-in on the third working day', () => {
    const decision = decide(silentThread({ sentAt: at('2025-11-03') }), at('2025-11-06'));
    expect(decision).toMatchObject({ stage: 'check-in', sendOn: '2025-11-06' });
    expect(decision?.reason).toMatchObject({
      kind: 'waiting',
      workingDays: 3,
      due: true,
      clientName: 'Marco',
    });
  });

  it('counts Friday evening to Monday morning as 1 working day, so it still waits', () => {
    const decision = decide(silentThread({ sentAt: at('2025-11-07', '18:00') }), at('2025-11-10', '09:00'));
    expect(decision).toMatchObject({ stage: 'wait', sendOn: '2025-11-12' });
    expect(decision?.reason.workingDays).toBe(1);
  });

  it('stretches the first wait to 1.5 times a slow client’s typical reply time', () => {
    // 4 days × 1.5 = 6 days after Monday 3 is Sunday 9, so the first working day after it: Monday 10.
    const decision = decide(
      silentThread({ sentAt: at('2025-11-03'), typicalReplyDays: 4 }),
      at('2025-11-06'),
    );
    expect(decision).toMatchObject({ stage: 'wait', sendOn: '2025-11-10' });
    expect(decision?.reason).toMatchObject({ typicalReplyDays: 4, stretchedByTypicalReply: true });
  });

  it('never shortens the first wait for a fast client', () => {
    const decision = decide(
      silentThread({ sentAt: at('2025-11-03'), typicalReplyDays: 0.5 }),
      at('2025-11-05'),
    );
    expect(decision).toMatchObject({ stage: 'wait', sendOn: '2025-11-06' });
    expect(decision?.reason.stretchedByTypicalReply).toBeUndefined();
  });

  it('after the check-in, shows the call proposal 7 working days later, not yet due', () => {
    const thread = silentThread({ sentAt: at('2025-11-03'), followUpAts: [at('2025-11-06')] });
    const decision = decide(thread, at('2025-11-07'));
    expect(decision).toMatchObject({
      stage: 'change-channel',
      sendOn: '2025-11-17',
      lastNudgeOn: '2025-11-06',
    });
    expect(decision?.reason).toMatchObject({
      kind: 'since-check-in',
      workingDays: 1,
      stepWorkingDays: 7,
      due: false,
    });
  });

  it('makes the call proposal due 7 working days after the check-in', () => {
    const thread = silentThread({ sentAt: at('2025-11-03'), followUpAts: [at('2025-11-06')] });
    const decision = decide(thread, at('2025-11-17'));
    expect(decision).toMatchObject({ stage: 'change-channel', sendOn: '2025-11-17' });
    expect(decision?.reason).toMatchObject({ workingDays: 7, due: true });
  });

  it('closes the loop 14 working days after the call proposal', () => {
    const thread = silentThread({
      sentAt: at('2025-11-03'),
      followUpAts: [at('2025-11-06'), at('2025-11-17')],
    });
    expect(decide(thread, at('2025-11-18'))).toMatchObject({ stage: 'close-the-loop', sendOn: '2025-12-05' });
    const due = decide(thread, at('2025-12-05'));
    expect(due?.reason).toMatchObject({ kind: 'since-change-channel', workingDays: 14, due: true });
  });

  it('rests after the close: no more emails, a reminder 3 months later', () => {
    const followUpAts = [at('2025-11-06'), at('2025-11-17'), at('2025-12-05')];
    const decision = decide(silentThread({ sentAt: at('2025-11-03'), followUpAts }), at('2025-12-09'));
    expect(decision).toMatchObject({ stage: 'rest', sendOn: '2026-03-05', lastNudgeOn: '2025-12-05' });
    expect(decision?.reason).toMatchObject({ kind: 'closed', restMonths: 3, due: false });
  });

  it('keeps the spacing growing when settings would shrink it', () => {
    const ladder = {
      ...LADDER,
      firstWaitWorkingDays: 5,
      changeChannelWorkingDays: 2,
      closeLoopWorkingDays: 1,
    };
    const afterCheckIn = silentThread({ sentAt: at('2025-11-03'), followUpAts: [at('2025-11-10')] });
    expect(decide(afterCheckIn, at('2025-11-11'), WEEKDAYS, ladder)?.sendOn).toBe('2025-11-17');
    const afterCall = silentThread({
      sentAt: at('2025-11-03'),
      followUpAts: [at('2025-11-10'), at('2025-11-17')],
    });
    expect(decide(afterCall, at('2025-11-18'), WEEKDAYS, ladder)?.sendOn).toBe('2025-11-24');
  });

  it('reads every ladder number from the settings', () => {
    const ladder = { ...LADDER, firstWaitWorkingDays: 1, restMonths: 6 };
    expect(
      decide(silentThread({ sentAt: at('2025-11-03') }), at('2025-11-04'), WEEKDAYS, ladder)?.stage,
    ).toBe('check-in');
    const closed = silentThread({
      sentAt: at('2025-11-03'),
      followUpAts: [1, 2, 3].map((d) => at(`2025-11-0${d + 3}`)),
    });
    expect(decide(closed, at('2025-11-10'), WEEKDAYS, ladder)?.sendOn).toBe('2026-05-06');
  });
});

describe('when the client wrote last', () => {
  it('reminds me to reply today on a working day', () => {
    const thread = clientWroteLast({ myLastAt: at('2025-11-03'), repliedAt: at('2025-11-05') });
    const decision = decide(thread, at('2025-11-06'));
    expect(decision).toMatchObject({ stage: 'reply', sendOn: '2025-11-06' });
    expect(decision?.reason).toMatchObject({ kind: 'client-wrote-last', workingDays: 1, due: true });
  });

  it('moves the reply reminder to Monday when today is Saturday', () => {
    const thread = clientWroteLast({ myLastAt: at('2025-11-03'), repliedAt: at('2025-11-07') });
    expect(decide(thread, at('2025-11-08'))).toMatchObject({ stage: 'reply', sendOn: '2025-11-10' });
  });

  it('treats a last reply that promises a date as waiting on the client until just after it', () => {
    const thread = clientWroteLast({
      myLastAt: at('2025-11-03'),
      repliedAt: at('2025-11-04'),
      promisedBy: '2025-11-14',
    });
    const decision = decide(thread, at('2025-11-05'));
    expect(decision).toMatchObject({ stage: 'wait', sendOn: '2025-11-17' });
    expect(decision?.reason).toMatchObject({
      kind: 'promised',
      promisedBy: '2025-11-14',
      promisedOn: '2025-11-04',
      workingDays: 1,
      due: false,
    });
    expect(decide(thread, at('2025-11-17'))).toMatchObject({
      stage: 'check-in',
      sendOn: '2025-11-17',
      reason: { kind: 'promised', due: true, promisedBy: '2025-11-14' },
    });
  });

  it('counts the promise from the client’s reply, not from my message weeks earlier', () => {
    const thread = clientWroteLast({
      myLastAt: at('2025-10-06'),
      repliedAt: at('2025-11-10'),
      promisedBy: '2025-11-28',
    });
    const decision = decide(thread, at('2025-11-13'));
    expect(decision?.reason).toMatchObject({ kind: 'promised', workingDays: 3, promisedOn: '2025-11-10' });
    expect(decision?.sendOn).toBe('2025-12-01');
  });

  it('asks me to reply when the client’s last word carries no promise', () => {
    const thread = clientWroteLast({ myLastAt: at('2025-11-03'), repliedAt: at('2025-11-04') });
    expect(decide(thread, at('2025-11-05'))).toMatchObject({
      stage: 'reply',
      reason: { kind: 'client-wrote-last' },
    });
  });
});
