// analyzeThread while I wait: absences that outlast my check-in, same-day messages, group replies.
import { GIULIA, MARCO, analyze, message, outOfOffice } from './builders';

describe('analyzeThread: absences that outlast my next message', () => {
  const sent = () =>
    message({ at: '2025-11-10T10:00:00+01:00', from: GIULIA, to: MARCO, body: 'Ciao Marco, ecco le bozze.' });
  const notice = () =>
    outOfOffice('2025-11-10T10:01:00+01:00', MARCO, 'Sono fuori ufficio fino al 10 dicembre.');
  const checkIn = () =>
    message({ at: '2025-11-20T09:00:00+01:00', from: GIULIA, to: MARCO, body: 'Ciao Marco, novità?' });

  it('keeps a notice whose return date is still ahead after I write again (most systems answer once)', () => {
    const a = analyze([sent(), notice(), checkIn()], '2025-11-25T09:00:00+01:00');
    expect(a.outOfOfficeUntil).toBe('2025-12-10');
  });

  it('drops the notice once its return date has passed, or once the client has written since', () => {
    expect(analyze([sent(), notice(), checkIn()], '2025-12-12T09:00:00+01:00').outOfOfficeUntil).toBeNull();
    const replied = message({ at: '2025-11-21T09:00:00+01:00', from: MARCO, to: GIULIA, body: 'Rieccomi.' });
    expect(
      analyze([sent(), notice(), checkIn(), replied], '2025-11-25T09:00:00+01:00').outOfOfficeUntil,
    ).toBeNull();
  });
});

describe('analyzeThread: a second message on the same day', () => {
  const first = () =>
    message({
      at: '2025-09-08T10:00:00+02:00',
      from: GIULIA,
      to: MARCO,
      body: 'Ciao Marco, ecco il preventivo.',
    });
  const forgot = () =>
    message({
      at: '2025-09-08T10:12:00+02:00',
      from: GIULIA,
      to: MARCO,
      body: 'Scusa, dimenticavo l’allegato!',
    });

  it('does not count the "forgot the attachment" message minutes later as a follow-up', () => {
    const a = analyze([first(), forgot()]);
    expect(a.followUpsSent).toBe(0);
    expect(a.followUpAts).toEqual([]);
    expect(a.waitingSince).toBe(Date.parse('2025-09-08T10:00:00+02:00'));
  });

  it('counts a message on a later local day, even one only minutes after midnight', () => {
    const lateNight = message({
      at: '2025-09-08T23:50:00+02:00',
      from: GIULIA,
      to: MARCO,
      body: 'Ciao Marco',
    });
    const pastMidnight = message({ at: '2025-09-09T00:05:00+02:00', from: GIULIA, to: MARCO, body: 'P.S.' });
    const a = analyze([first(), forgot(), lateNight, pastMidnight]);
    expect(a.followUpAts).toEqual([Date.parse('2025-09-09T00:05:00+02:00')]);
    expect(a.followUpsSent).toBe(1);
  });
});

describe('analyzeThread: a client who answers through a Google Group', () => {
  const TEAM = 'Progetto sito <team@ferramenta-rossi.it>';
  const viaGroup = {
    'list-id': '<team.ferramenta-rossi.it>',
    precedence: 'list',
    'list-unsubscribe': '<mailto:team+unsubscribe@ferramenta-rossi.it>',
    'in-reply-to': '<preventivo-1@studioverdi.it>',
  };

  it('takes the group reply of a person at the client’s organisation for the client’s answer', () => {
    const a = analyze([
      message({ at: '2025-09-08T10:00:00+02:00', from: GIULIA, to: TEAM, body: 'Ecco il preventivo.' }),
      message({
        at: '2025-09-09T11:00:00+02:00',
        from: MARCO,
        to: TEAM,
        headers: viaGroup,
        body: 'Accettiamo il preventivo, procedete pure.',
      }),
    ]);
    expect(a.messages.map((m) => m.kind)).toEqual(['me', 'client']);
    expect(a.state).toBe('awaiting-me');
    expect(a.client?.email).toBe('marco.bianchi@ferramenta-rossi.it');
  });

  it('leaves list mail from outside the client’s organisation as bulk', () => {
    const a = analyze([
      message({ at: '2025-09-08T10:00:00+02:00', from: GIULIA, to: TEAM, body: 'Ecco il preventivo.' }),
      message({
        at: '2025-09-09T11:00:00+02:00',
        from: 'Piero <piero@altro-studio.it>',
        to: 'designers@lists.example.org',
        headers: { ...viaGroup, 'list-id': '<designers.lists.example.org>' },
        body: 'Qualcuno conosce un buon tipografo?',
      }),
    ]);
    expect(a.messages.map((m) => m.kind)).toEqual(['me', 'bulk']);
    expect(a.state).toBe('awaiting-client');
  });
});
