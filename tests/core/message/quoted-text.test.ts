import { stripQuotedReplies, stripSignature, unquotedText } from '../../../src/core/message/quoted-text';

describe('stripQuotedReplies', () => {
  it.each([
    [
      'English Gmail',
      'Sounds good, see you Thursday.\n\nOn Mon, 8 Sep 2025 at 10:02, Giulia Verdi <giulia@studioverdi.it> wrote:\n> Shall we meet Thursday?',
    ],
    [
      'Italian Gmail',
      'Va bene giovedì.\n\nIl giorno lun 8 set 2025 alle ore 10:02 Giulia Verdi <\ngiulia@studioverdi.it> ha scritto:\n\n> Ci vediamo giovedì?',
    ],
    [
      'German',
      'Passt, bis Donnerstag.\n\nAm 08.09.2025 um 10:02 schrieb Giulia Verdi <giulia@studioverdi.it>:\n> Donnerstag?',
    ],
    [
      'French',
      'Parfait pour jeudi.\n\nLe lun. 8 sept. 2025 à 10:02, Giulia Verdi <giulia@studioverdi.it> a écrit :\n> Jeudi ?',
    ],
    [
      'Spanish',
      'Perfecto el jueves.\n\nEl lun, 8 sept 2025 a las 10:02, Giulia Verdi (<giulia@studioverdi.it>) escribió:\n> ¿Jueves?',
    ],
  ])('removes a %s attribution and its quote', (_name, body) => {
    const text = stripQuotedReplies(body);
    expect(text.split('\n')).toHaveLength(1);
    expect(text).not.toMatch(/giulia|>/i);
  });

  it('cuts Outlook header blocks in English and Italian', () => {
    const en =
      'Approved.\n\n________________________________\nFrom: Giulia Verdi <giulia@studioverdi.it>\nSent: Monday, September 8, 2025 10:02 AM\nTo: Marco\nSubject: Budget\n\nHi Marco';
    const it =
      'Approvato.\n\nDa: Giulia Verdi <giulia@studioverdi.it>\nInviato: lunedì 8 settembre 2025 10:02\nA: Marco\nOggetto: Budget\n\nCiao Marco';
    expect(stripQuotedReplies(en)).toBe('Approved.');
    expect(stripQuotedReplies(it)).toBe('Approvato.');
  });

  it('cuts at "-----Original Message-----" and forwarded-message separators', () => {
    expect(stripQuotedReplies('Ok.\n-----Original Message-----\nFrom: x\nHi')).toBe('Ok.');
    expect(stripQuotedReplies('Vedi sotto.\n---------- Forwarded message ---------\nDa: y')).toBe(
      'Vedi sotto.',
    );
  });

  it('keeps the reply written below a quote (bottom-posting)', () => {
    expect(stripQuotedReplies('On 08/09/2025 10:02, Giulia wrote:\n> Thursday?\nThursday works.')).toBe(
      'Thursday works.',
    );
  });

  it('leaves a message without quotes as it is', () => {
    expect(stripQuotedReplies('Ciao Giulia,\nti scrivo domani.\n')).toBe('Ciao Giulia,\nti scrivo domani.');
  });
});

describe('stripSignature', () => {
  it('cuts at the "-- " delimiter and at mobile footers', () => {
    expect(stripSignature('Fatto.\n\n-- \nMarco Bianchi\nFerramenta Rossi')).toBe('Fatto.');
    expect(stripSignature('Ok, a domani.\n\nInviato da iPhone')).toBe('Ok, a domani.');
  });

  it('cuts a sign-off followed by a short name block but not one followed by sentences', () => {
    expect(stripSignature('Ti mando i file.\n\nCordiali saluti,\nMarco Bianchi\nTel. 02 1234567')).toBe(
      'Ti mando i file.',
    );
    const body = 'Grazie!\nTi mando i file entro venerdì.';
    expect(stripSignature(body)).toBe(body);
  });
});

describe('unquotedText', () => {
  it('removes both the quote and the signature', () => {
    const body =
      'Ci sentiamo la prossima settimana.\n\nSaluti\nLaura\n\nIl giorno 8 set 2025, Giulia <g@s.it> ha scritto:\n> Novità?';
    expect(unquotedText(body)).toBe('Ci sentiamo la prossima settimana.');
  });
});
