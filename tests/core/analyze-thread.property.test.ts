import fc from 'fast-check';
import { analyzeThread } from '../../src/core/analyze-thread';
import type { MailMessage } from '../../src/core/types';
import { calendar, GIULIA, identity, LAURA, MARCO, message, thread } from './builders';

const START = Date.parse('2025-01-01T00:00:00Z');
const NOW = Date.parse('2025-12-31T12:00:00Z');

type Role = 'me' | 'client' | 'colleague' | 'auto' | 'bounce' | 'bulk';

function build(role: Role, at: number, id: string): MailMessage {
  const iso = new Date(at).toISOString();
  switch (role) {
    case 'me':
      return message({ id, at: iso, from: GIULIA, to: MARCO, body: 'Ciao Marco, novità sul preventivo?' });
    case 'client':
      return message({ id, at: iso, from: MARCO, to: GIULIA, body: 'Ti rispondo la prossima settimana.' });
    case 'colleague':
      return message({ id, at: iso, from: LAURA, to: GIULIA, body: 'Ci sono io al posto di Marco.' });
    case 'auto':
      return message({
        id,
        at: iso,
        from: MARCO,
        headers: { 'auto-submitted': 'auto-replied' },
        body: 'Rientro il 20 dicembre.',
      });
    case 'bounce':
      return message({ id, at: iso, from: 'mailer-daemon@mx.example.it', subject: 'Undeliverable: x' });
    case 'bulk':
      return message({ id, at: iso, from: 'no-reply@ferramenta-rossi.it', body: 'Offerte della settimana' });
  }
}

const roleArb = fc.constantFrom<Role>('me', 'client', 'colleague', 'auto', 'bounce', 'bulk');
const automatedArb = fc.constantFrom<Role>('auto', 'bounce', 'bulk');
const threadArb = fc
  .array(fc.tuple(roleArb, fc.integer({ min: START, max: NOW })), { minLength: 1, maxLength: 12 })
  .map((specs) => specs.map(([role, at], i) => build(role, at, `m${String(i).padStart(2, '0')}`)));

const run = (messages: MailMessage[]) =>
  analyzeThread({ thread: thread(messages), identity: identity(), calendar: calendar(), now: NOW });

describe('analyzeThread properties', () => {
  it('never counts more working days than days', () => {
    fc.assert(
      fc.property(threadArb, (messages) => {
        const a = run(messages);
        expect(a.workingDaysWaiting ?? 0).toBeLessThanOrEqual(a.daysWaiting ?? 0);
        expect(a.workingDaysSinceClientReply ?? 0).toBeLessThanOrEqual(a.daysSinceClientReply ?? 0);
      }),
    );
  });

  it('gives the same result whatever the order of the messages', () => {
    fc.assert(
      fc.property(threadArb, fc.integer(), (messages, seed) => {
        const shuffled = [...messages].sort(
          (x, y) => ((x.id.charCodeAt(2) * seed) % 7) - ((y.id.charCodeAt(2) * seed) % 7),
        );
        expect(run(shuffled)).toEqual(run(messages));
        expect(run([...messages].reverse())).toEqual(run(messages));
      }),
    );
  });

  it('never lets automated mail end a wait or change who wrote last', () => {
    fc.assert(
      fc.property(
        threadArb,
        fc.array(fc.tuple(automatedArb, fc.integer({ min: START, max: NOW })), { maxLength: 5 }),
        (messages, extra) => {
          const before = run(messages);
          const after = run([...messages, ...extra.map(([role, at], i) => build(role, at, `x${i}`))]);
          expect(after.state).toBe(before.state);
          expect(after.waitingSince).toBe(before.waitingSince);
          expect(after.lastClientReplyAt).toBe(before.lastClientReplyAt);
          expect(after.followUpsSent).toBe(before.followUpsSent);
        },
      ),
    );
  });

  it('waits since a date exactly when awaiting the client, and counts follow-ups consistently', () => {
    fc.assert(
      fc.property(threadArb, (messages) => {
        const a = run(messages);
        expect(a.waitingSince !== null).toBe(a.state === 'awaiting-client');
        expect(a.followUpAts).toHaveLength(a.followUpsSent);
        if (a.waitingSince !== null)
          expect(a.followUpAts.every((t) => t >= (a.waitingSince as number))).toBe(true);
      }),
    );
  });
});
