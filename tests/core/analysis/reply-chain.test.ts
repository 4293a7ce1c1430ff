import { orderMessages } from '../../../src/core/analysis/order-messages';
import { analyzeThread } from '../../../src/core/analyze-thread';
import { calendar, GIULIA, identity, MARCO, message } from '../builders';

const question = (at: string) =>
  message({
    id: 'q',
    at,
    from: GIULIA,
    to: MARCO,
    subject: 'Preventivo',
    body: 'Ecco il preventivo, mi fai sapere?',
    headers: { 'message-id': '<q@studioverdi.it>' },
  });
const answer = (at: string) =>
  message({
    id: 'a',
    at,
    from: MARCO,
    to: GIULIA,
    subject: 'Re: Preventivo',
    body: 'Va bene, procediamo.',
    headers: { 'message-id': '<a@ferramenta-rossi.it>', 'in-reply-to': '<q@studioverdi.it>' },
  });

describe('reply order when the clocks disagree', () => {
  it('puts an answer after the message it answers even when its Date is earlier', () => {
    const placed = orderMessages([
      answer('2025-09-08T09:40:00+02:00'),
      question('2025-09-08T10:00:00+02:00'),
    ]);
    expect(placed.map((p) => p.message.id)).toEqual(['q', 'a']);
    expect(placed[1]?.at).toBe(Date.parse('2025-09-08T10:00:00+02:00'));
  });

  it('follows References too, through a chain of answers', () => {
    const third = message({
      id: 'c',
      at: '2025-09-08T09:00:00+02:00',
      from: GIULIA,
      to: MARCO,
      subject: 'Re: Preventivo',
      headers: {
        'message-id': '<c@studioverdi.it>',
        references: '<q@studioverdi.it> <a@ferramenta-rossi.it>',
      },
    });
    const placed = orderMessages([
      third,
      answer('2025-09-08T09:30:00+02:00'),
      question('2025-09-08T10:00:00+02:00'),
    ]);
    expect(placed.map((p) => p.message.id)).toEqual(['q', 'a', 'c']);
  });

  it('keeps the date order when the clocks agree, and survives a References loop', () => {
    const looped = message({
      id: 'x',
      at: '2025-09-08T08:00:00+02:00',
      from: MARCO,
      to: GIULIA,
      headers: { 'message-id': '<x@r.it>', 'in-reply-to': '<x@r.it>' },
    });
    const placed = orderMessages([
      answer('2025-09-08T11:00:00+02:00'),
      question('2025-09-08T10:00:00+02:00'),
      looped,
    ]);
    expect(placed.map((p) => p.message.id)).toEqual(['x', 'q', 'a']);
  });

  it('counts the skewed answer as the client’s reply for the state and the reply delay', () => {
    const a = analyzeThread({
      thread: {
        id: 't',
        subject: 'Preventivo',
        messages: [question('2025-09-08T10:00:00+02:00'), answer('2025-09-08T09:40:00+02:00')],
      },
      identity: identity(),
      calendar: calendar(),
      now: Date.parse('2025-09-10T10:00:00+02:00'),
    });
    expect(a.messages.map((m) => m.kind)).toEqual(['me', 'client']);
    expect(a.state).not.toBe('awaiting-client');
    expect(a.waitingSince).toBeNull();
    expect(a.replyDelaysDays).toEqual([0]);
  });
});
