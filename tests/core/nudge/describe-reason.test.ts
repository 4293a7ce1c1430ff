import { describeReason, stageLabel } from '../../../src/core/nudge/describe-reason';
import type { NudgeReason } from '../../../src/core/nudge/nudge-types';
import type { LocalDate, Stage } from '../../../src/core/types';

const short = (d: LocalDate): string => {
  const [, m, day] = d.split('-').map(Number) as [number, number, number];
  return `${day} ${['Nov', 'Dec'][m - 11] ?? '?'}`;
};
const reason = (r: Partial<NudgeReason>): NudgeReason => ({
  kind: 'waiting',
  workingDays: 3,
  stepWorkingDays: 3,
  due: true,
  ...r,
});

describe('the reason the sidebar gives', () => {
  it('anchors a promise on the reply that made it and says the check-in waits for the day after', () => {
    const r = reason({
      kind: 'promised',
      clientName: 'Daniel',
      workingDays: 4,
      stepWorkingDays: 0,
      due: false,
      promisedBy: '2025-11-30',
      promisedOn: '2025-11-17',
      typicalReplyDays: 2,
    });
    expect(describeReason(r, 'en', short)).toBe(
      'Daniel promised an answer by 30 Nov in the reply of 17 Nov, 4 working days ago: the check-in waits until the day after the promised date',
    );
    expect(describeReason(r, 'it', short)).toBe(
      'Daniel ha promesso una risposta entro il 30 Nov nel messaggio del 17 Nov, 4 giorni lavorativi fa: il follow-up aspetta il giorno dopo la data promessa',
    );
  });

  it('says a check-in fits once the promised date has passed, with no talk of my old message', () => {
    const r = reason({
      kind: 'promised',
      clientName: 'Daniel',
      workingDays: 10,
      stepWorkingDays: 0,
      due: true,
      promisedBy: '2025-11-08',
      promisedOn: '2025-11-03',
    });
    const en = describeReason(r, 'en', short);
    expect(en).toBe(
      'Daniel promised an answer by 8 Nov in the reply of 3 Nov: that date has passed, so a friendly check-in fits now',
    );
    expect(en).not.toMatch(/since your message|first follow-up/);
    expect(describeReason(r, 'it', short)).toContain(
      "entro l'8 Nov nel messaggio del 3 Nov: la data è passata",
    );
  });

  it('rounds a typical reply time up, as the fact row does', () => {
    const r = reason({ clientName: 'Marco', typicalReplyDays: 2.2 });
    expect(describeReason(r, 'en', short)).toContain('Marco usually replies within 3 days');
  });

  it('says how long since the check-in and how fast the client usually replies', () => {
    const r = reason({
      kind: 'since-check-in',
      workingDays: 7,
      stepWorkingDays: 7,
      clientName: 'Marco',
      typicalReplyDays: 1.6,
    });
    expect(describeReason(r, 'en', short)).toBe(
      '7 working days since your check-in; Marco usually replies within 2 days',
    );
    expect(describeReason(r, 'it', short)).toBe(
      '7 giorni lavorativi dal tuo primo follow-up; Marco di solito risponde entro 2 giorni',
    );
  });

  it('says when the next step comes while it is not due, in the singular for one day', () => {
    const r = reason({ workingDays: 1, due: false });
    expect(describeReason(r, 'en', short)).toBe(
      '1 working day since your message; a check-in is suggested after 3 working days',
    );
    expect(describeReason(r, 'it', short)).toBe(
      '1 giorno lavorativo dal tuo messaggio; il primo follow-up è previsto dopo 3 giorni lavorativi',
    );
  });

  it('explains a first wait stretched by a slow client', () => {
    const r = reason({
      workingDays: 3,
      stepWorkingDays: 3,
      due: false,
      clientName: 'Anna',
      typicalReplyDays: 4,
      stretchedByTypicalReply: true,
    });
    expect(describeReason(r, 'en', short)).toBe(
      '3 working days since your message; Anna usually replies within 4 days, so the first follow-up waits a little longer',
    );
  });

  it('mentions the return and the promised date, with the Italian article elided before 8', () => {
    const r = reason({
      clientName: 'Marco',
      backOn: '2025-12-03',
      promisedBy: '2025-12-08',
      due: false,
      workingDays: 4,
    });
    expect(describeReason(r, 'en', short)).toBe(
      '4 working days since your message; Marco is back on 3 Dec; Marco promised an answer by 8 Dec',
    );
    expect(describeReason(r, 'it', short)).toBe(
      "4 giorni lavorativi dal tuo messaggio; Marco rientra il 3 Dec; Marco ha promesso una risposta entro l'8 Dec",
    );
  });

  it('falls back to "the client" without a first name and tells me when the ball is mine', () => {
    const r = reason({ kind: 'client-wrote-last', workingDays: 2, stepWorkingDays: 0 });
    expect(describeReason(r, 'en', short)).toBe(
      'The client wrote last, 2 working days ago: the next move is yours',
    );
    expect(describeReason(r, 'it', short)).toBe(
      "L'ultimo messaggio è del cliente, 2 giorni lavorativi fa: ora tocca a te",
    );
  });

  it('says the loop is closed and when to check in again', () => {
    const r = reason({ kind: 'closed', workingDays: 5, stepWorkingDays: 0, due: false, restMonths: 3 });
    expect(describeReason(r, 'en', short)).toBe(
      'You closed the loop 5 working days ago: no more emails, check in again after 3 months',
    );
  });
});

describe('the stage labels', () => {
  const stages: Stage[] = ['wait', 'check-in', 'change-channel', 'close-the-loop', 'rest', 'reply'];

  it('name every stage differently in English and in Italian', () => {
    for (const language of ['en', 'it'] as const) {
      const labels = stages.map((s) => stageLabel(s, language));
      expect(new Set(labels).size).toBe(stages.length);
      expect(labels.every((l) => l.length > 0)).toBe(true);
    }
    expect(stageLabel('close-the-loop', 'it')).toBe('Chiudi il cerchio');
    expect(stageLabel('change-channel', 'en')).toBe('Suggest a call');
  });
});
