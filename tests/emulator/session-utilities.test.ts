import { createEmulator } from '../../emulator';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe('emulated Session, Utilities and Logger', () => {
  const emulator = createEmulator({
    userEmail: 'giulia@studio-rossi.it',
    userLocale: 'it',
    timeZone: 'Europe/Rome',
  });
  const { Session, Utilities, Logger } = emulator.globals as Any;

  it('answers who and where the user is', () => {
    expect(Session.getActiveUser().getEmail()).toBe('giulia@studio-rossi.it');
    expect(Session.getActiveUserLocale()).toBe('it');
    expect(Session.getScriptTimeZone()).toBe('Europe/Rome');
  });

  it.each([
    ['yyyy-MM-dd', '2024-05-06'],
    ["EEE d MMM yy 'alle' HH:mm", 'Mon 6 May 24 alle 10:05'],
    ['EEEE MMMM u', 'Monday May 1'],
    ['Z XXX', '+0200 +02:00'],
    ["''H:m:ss''", "'10:5:09'"],
  ])('formats %j like Java SimpleDateFormat', (pattern, expected) => {
    expect(Utilities.formatDate(new Date(Date.UTC(2024, 4, 6, 8, 5, 9)), 'Europe/Rome', pattern)).toBe(
      expected,
    );
  });

  it('uses the zone given, across a daylight-saving change', () => {
    const winter = new Date(Date.UTC(2024, 0, 15, 23, 30));
    expect(Utilities.formatDate(winter, 'Europe/Rome', 'yyyy-MM-dd HH:mm XXX')).toBe(
      '2024-01-16 00:30 +01:00',
    );
    expect(Utilities.formatDate(winter, 'UTC', 'yyyy-MM-dd XXX')).toBe('2024-01-15 Z');
  });

  it('captures Logger and console output in emulator.logs', () => {
    Logger.log('analisi %s', 'ok');
    (emulator.globals.console as Any).warn('attenzione');
    expect(emulator.logs).toEqual(['log: analisi %s ok', 'warn: attenzione']);
  });
});
