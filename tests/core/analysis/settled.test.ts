// Settled threads: nobody owes an answer, read from what each human message asks (and promises).
import { GIULIA, MARCO, analyze, message } from '../builders';

const mine = (at: string, body: string) => message({ at, from: GIULIA, to: MARCO, body });
const theirs = (at: string, body: string) => message({ at, from: MARCO, to: GIULIA, body });

describe('a settled thread', () => {
  it('is settled when my unanswered message asks nothing', () => {
    const a = analyze(
      [
        theirs('2025-09-08T10:00:00+02:00', 'Ciao Giulia, mi mandi i file definitivi?'),
        mine('2025-09-08T12:00:00+02:00', 'Ciao Marco, eccoti i file definitivi. Buon lavoro!'),
      ],
      undefined,
      { everyAsk: true },
    );
    expect(a.state).toBe('settled');
    expect(a.settledBy).toBe('mine');
    expect(a.messages.map((m) => m.asks)).toEqual([true, false]);
    expect(a.waitingSince).toBeNull();
  });

  it("is settled when the client's reply asks nothing and answers mine", () => {
    const a = analyze([
      mine('2025-09-08T10:00:00+02:00', 'Hallo Marco, passt dir der Entwurf so?'),
      theirs('2025-09-09T10:00:00+02:00', 'Vielen Dank, passt alles. Schönes Wochenende!'),
    ]);
    expect(a.state).toBe('settled');
    expect(a.settledBy).toBe('client');
  });

  it('keeps waiting on a question in an earlier message of mine, even after a mere PS', () => {
    const a = analyze([
      mine(
        '2025-09-08T10:00:00+02:00',
        'Hi Marco, does the scope match what you had in mind for the relaunch?',
      ),
      mine('2025-09-10T10:00:00+02:00', 'PS: the file is attached.'),
    ]);
    expect(a.state).toBe('awaiting-client');
    // As I wrote it: the greeting goes, the question keeps its own words and case.
    expect(a.openQuestion).toBe('does the scope match what you had in mind for the relaunch?');
  });

  it('is never settled while the client has promised an answer', () => {
    for (const body of ['Grazie, ti faccio sapere entro venerdì.', "Thanks, I'll get back to you."]) {
      const a = analyze([
        mine('2025-09-08T10:00:00+02:00', 'Ciao Marco, ecco il preventivo.'),
        theirs('2025-09-09T10:00:00+02:00', body),
      ]);
      expect({ body, state: a.state }).toEqual({ body, state: 'awaiting-me' });
    }
  });

  it('is not settled when the client only acknowledged my question', () => {
    const a = analyze([
      mine('2025-09-08T10:00:00+02:00', 'Hi Marco, can you confirm the date by Friday?'),
      theirs('2025-09-09T10:00:00+02:00', 'Received, thanks!'),
    ]);
    expect(a.state).toBe('awaiting-me');
  });

  it('reads a question only from my own words, never from the quoted text below', () => {
    const a = analyze([
      theirs('2025-09-08T10:00:00+02:00', 'Ciao Giulia, hai ricevuto il logo?'),
      mine(
        '2025-09-08T12:00:00+02:00',
        'Sì, ricevuto, grazie!\n\nIl giorno lun 8 set 2025 alle 10:00 Marco ha scritto:\n> Ciao Giulia, hai ricevuto il logo?',
      ),
    ]);
    expect(a.state).toBe('settled');
    expect(a.openQuestion).toBeNull();
  });
});

describe('"I\'m still waiting for an answer"', () => {
  const thread = () => [mine('2025-09-08T10:00:00+02:00', 'Ciao Marco, ti mando il verbale della riunione.')];

  it('makes a settled thread wait on the client while no new message has arrived', () => {
    const settled = analyze(thread());
    expect(settled.state).toBe('settled');
    const waiting = analyze(thread(), undefined, { stillWaitingAt: settled.humanMessages });
    expect(waiting.state).toBe('awaiting-client');
    expect(waiting.stillWaiting).toBe(true);
    expect(waiting.waitingSince).toBe(Date.parse('2025-09-08T10:00:00+02:00'));
  });

  it('ends with the next message in the thread', () => {
    const later = [...thread(), theirs('2025-09-09T10:00:00+02:00', 'Grazie, tutto chiaro!')];
    const a = analyze(later, undefined, { stillWaitingAt: 1 });
    expect(a.stillWaiting).toBe(false);
    expect(a.state).toBe('settled');
  });

  it("waits on an answer to my last message when the client's reply needed none", () => {
    const a = analyze(
      [
        mine('2025-09-08T10:00:00+02:00', 'Hi Marco, here is the plan as discussed.'),
        theirs('2025-09-09T10:00:00+02:00', 'Great, thanks!'),
      ],
      undefined,
      { stillWaitingAt: 'now' },
    );
    expect(a.state).toBe('awaiting-client');
    expect(a.waitingSince).toBe(Date.parse('2025-09-08T10:00:00+02:00'));
  });
});

describe('register of the thread', () => {
  it('follows my own messages, else the client’s', () => {
    const formal = analyze([
      mine('2025-09-08T10:00:00+02:00', 'Gentile dottor Bianchi,\nLe invio il preventivo.'),
    ]);
    expect(formal.register).toBe('formal');
    const theirsOnly = analyze([
      mine('2025-09-08T10:00:00+02:00', 'Preventivo in allegato.'),
      theirs('2025-09-09T10:00:00+02:00', 'Sehr geehrte Frau Verdi, vielen Dank. Können Sie mich anrufen?'),
    ]);
    expect(theirsOnly.register).toBe('formal');
  });
});
