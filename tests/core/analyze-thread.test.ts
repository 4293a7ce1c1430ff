import { analyze, GIULIA, LAURA, MARCO, message, outOfOffice } from './builders';

const proposal = () =>
  message({
    at: '2025-09-05T18:00:00+02:00',
    from: GIULIA,
    to: MARCO,
    body: 'Ciao Marco, ecco il preventivo.',
  });

describe('analyzeThread', () => {
  it('waits on the recipient of my only message, counting Friday evening to Monday as 3 days and 1 working day', () => {
    const a = analyze([proposal()], '2025-09-08T09:00:00+02:00');
    expect(a.state).toBe('awaiting-client');
    expect(a.client).toEqual({ email: 'marco.bianchi@ferramenta-rossi.it', name: 'Marco Bianchi' });
    expect(a.waitingSince).toBe(Date.parse('2025-09-05T18:00:00+02:00'));
    expect([a.daysWaiting, a.workingDaysWaiting, a.followUpsSent]).toEqual([3, 1, 0]);
    expect(a.lastClientReplyAt).toBeNull();
    expect(a.project).toBe('Preventivo sito e-commerce');
  });

  it('counts my follow-ups after the first unanswered message', () => {
    const a = analyze([
      proposal(),
      message({
        at: '2025-09-10T09:00:00+02:00',
        from: GIULIA,
        to: MARCO,
        body: 'Hai avuto modo di guardarlo?',
      }),
      message({ at: '2025-09-12T09:00:00+02:00', from: GIULIA, to: MARCO, body: 'Ti chiamo lunedì?' }),
    ]);
    expect(a.followUpsSent).toBe(2);
    expect(a.followUpAts).toEqual([
      Date.parse('2025-09-10T09:00:00+02:00'),
      Date.parse('2025-09-12T09:00:00+02:00'),
    ]);
    expect(a.lastMyMessageAt).toBe(Date.parse('2025-09-12T09:00:00+02:00'));
  });

  it('puts the ball in my court when the client wrote last', () => {
    const a = analyze([
      proposal(),
      message({
        at: '2025-09-09T12:00:00+02:00',
        from: MARCO,
        to: GIULIA,
        body: 'Mi manderesti anche i tempi?',
      }),
    ]);
    expect(a.state).toBe('awaiting-me');
    expect(a.waitingSince).toBeNull();
    expect(a.followUpsSent).toBe(0);
    expect(a.lastClientReplyAt).toBe(Date.parse('2025-09-09T12:00:00+02:00'));
    expect([a.daysSinceClientReply, a.workingDaysSinceClientReply]).toEqual([6, 4]);
  });

  it('counts a colleague of the client as the client replying, but not a webmail stranger', () => {
    const colleague = analyze([
      proposal(),
      message({
        at: '2025-09-09T12:00:00+02:00',
        from: LAURA,
        to: GIULIA,
        body: 'Marco è in ferie, ti rispondo io.',
      }),
    ]);
    expect(colleague.state).toBe('awaiting-me');
    expect(colleague.client?.email).toBe('laura@ferramenta-rossi.it');
    const gmailClient = message({
      at: '2025-09-05T18:00:00+02:00',
      from: GIULIA,
      to: 'anna.neri@gmail.com',
      body: 'Preventivo',
    });
    const stranger = message({
      at: '2025-09-06T10:00:00+02:00',
      from: 'piero@gmail.com',
      to: GIULIA,
      body: 'Ciao',
    });
    const a = analyze([
      gmailClient,
      stranger,
      message({ at: '2025-09-08T10:00:00+02:00', from: GIULIA, to: 'anna.neri@gmail.com' }),
    ]);
    expect(a.client?.email).toBe('piero@gmail.com');
  });

  it('never lets automated mail end a wait', () => {
    const a = analyze(
      [
        proposal(),
        outOfOffice('2025-09-05T18:01:00+02:00', MARCO, 'Sono fuori ufficio, rientro il 12 settembre.'),
        message({
          at: '2025-09-06T10:00:00+02:00',
          from: 'MAILER-DAEMON@ferramenta-rossi.it',
          subject: 'Undeliverable: x',
        }),
        message({
          at: '2025-09-07T10:00:00+02:00',
          from: 'news@ferramenta-rossi.it',
          headers: { 'list-id': '<n.f.it>' },
        }),
      ],
      '2025-09-10T09:00:00+02:00',
    );
    expect(a.state).toBe('awaiting-client');
    expect(a.waitingSince).toBe(Date.parse('2025-09-05T18:00:00+02:00'));
    expect(a.messages.map((m) => m.kind)).toEqual(['me', 'auto-reply', 'bounce', 'bulk']);
    expect(a.outOfOfficeUntil).toBe('2025-09-12');
  });

  it('ignores an absence notice whose return date has passed by now, or that was stale when sent', () => {
    const before = analyze([
      proposal(),
      outOfOffice('2025-09-05T18:01:00+02:00', MARCO, 'Rientro il 12 settembre.'),
      message({ at: '2025-09-13T10:00:00+02:00', from: GIULIA, to: MARCO, body: 'Bentornato!' }),
    ]);
    expect(before.outOfOfficeUntil).toBeNull();
    const stale = analyze([
      proposal(),
      outOfOffice('2025-09-05T18:01:00+02:00', MARCO, 'Rientro il 1 settembre.'),
    ]);
    expect(stale.outOfOfficeUntil).toBeNull();
    expect(stale.messages[1]?.outOfOfficeUntil).toBeNull();
  });

  it('reads the promise in the client’s newest reply', () => {
    const a = analyze([
      proposal(),
      message({
        at: '2025-09-08T10:00:00+02:00',
        from: MARCO,
        to: GIULIA,
        body: 'Ti faccio sapere la prossima settimana.\n\nIl giorno ven 5 set 2025 Giulia <g@s.it> ha scritto:\n> entro domani?',
      }),
      message({ at: '2025-09-08T11:00:00+02:00', from: GIULIA, to: MARCO, body: 'Perfetto, grazie!' }),
    ]);
    expect(a.promisedBy).toBe('2025-09-15');
    expect(a.state).toBe('awaiting-client');
    expect(a.clientText).toBe('Ti faccio sapere la prossima settimana.');
  });

  it('finds the typical reply time over this thread and other threads of the same client', () => {
    const messages = [
      proposal(),
      message({ at: '2025-09-07T18:00:00+02:00', from: MARCO, to: GIULIA, body: 'Ok' }),
      message({ at: '2025-09-08T10:00:00+02:00', from: GIULIA, to: MARCO, body: 'Allora procedo?' }),
    ];
    expect(analyze(messages).typicalReplyDays).toBe(2);
    expect(analyze(messages).replyDelaysDays).toEqual([2]);
    const elsewhere = { replyDelaysElsewhere: { 'marco.bianchi@ferramenta-rossi.it': [4, 6] } };
    expect(analyze(messages, undefined, elsewhere).typicalReplyDays).toBe(4);
  });

  it('has no client when only I or only machines wrote', () => {
    expect(
      analyze([message({ at: '2025-09-05T10:00:00+02:00', from: GIULIA, to: GIULIA, body: 'nota' })]).state,
    ).toBe('no-client');
    const machines = analyze([outOfOffice('2025-09-05T10:00:00+02:00', MARCO, 'Fuori sede.')]);
    expect(machines.state).toBe('no-client');
    expect(machines.client).toBeNull();
  });

  it('does not crash on a message without From or Date, placing an undated one after its predecessor', () => {
    const undated = message({ at: '', from: null, to: GIULIA, body: 'chi sono?' });
    const reply = message({ at: '', from: MARCO, to: GIULIA, body: 'Va bene.' });
    const a = analyze([proposal(), undated, reply]);
    expect(a.messages.map((m) => m.id)).toEqual([a.messages[0]?.id, undated.id, reply.id]);
    expect(a.state).toBe('awaiting-me');
    expect(a.lastClientReplyAt).toBe(Date.parse('2025-09-05T18:00:00+02:00'));
  });

  it('orders messages by date, ties by id, whatever the input order', () => {
    const a = message({ id: 'a', at: '2025-09-05T10:00:00+02:00', from: GIULIA, to: MARCO });
    const b = message({ id: 'b', at: '2025-09-05T10:00:00+02:00', from: MARCO, to: GIULIA });
    expect(analyze([b, a]).messages.map((m) => m.id)).toEqual(['a', 'b']);
    expect(analyze([b, a]).state).toBe('awaiting-me');
  });
});

describe('analyzeThread: requests are not promises', () => {
  it('sets no promised date when the client’s reply asks me for something by Friday', () => {
    const a = analyze([
      proposal(),
      message({
        at: '2025-09-09T10:00:00+02:00',
        from: MARCO,
        to: GIULIA,
        body: 'Ciao Giulia, bello! Riesci a mandarmi le versioni verticali entro venerdì?',
      }),
    ]);
    expect(a.promisedBy).toBeNull();
    expect(a.state).toBe('awaiting-me');
  });
});
