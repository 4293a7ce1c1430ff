import { parseOptions, UsageError } from '../../preview/options';

describe('parseOptions', () => {
  it('defaults to the sample threads on port 8787 in English', () => {
    expect(parseOptions([])).toEqual({
      mbox: null,
      me: [],
      now: null,
      timeZone: null,
      port: 8787,
      locale: 'en',
    });
  });

  it('reads an mbox with the user address and aliases, a date, a zone and a port', () => {
    const options = parseOptions([
      '--mbox',
      'Takeout/Inbox.mbox',
      '--me',
      'Anna@Studio.it, info@studio.it',
      '--now',
      '2026-12-01T09:00:00+01:00',
      '--tz',
      'Europe/Berlin',
      '--port',
      '9000',
    ]);
    expect(options.me).toEqual(['anna@studio.it', 'info@studio.it']);
    expect(options.now).toBe(Date.UTC(2026, 11, 1, 8));
    expect(options.timeZone).toBe('Europe/Berlin');
    expect(options.port).toBe(9000);
  });

  it.each([
    [['--mbox', 'x.mbox'], /--me/],
    [['--now', 'tomorrow'], /ISO date/],
    [['--tz', 'Mars/Olympus'], /unknown time zone/],
    [['--port', '99999'], /0-65535/],
    [['--me', 'not-an-address'], /email addresses/],
    [['--colour', 'red'], /Unknown option --colour/],
    [['--mbox'], /needs a value/],
  ])('refuses %j with a usage message', (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(UsageError);
    expect(() => parseOptions(argv)).toThrow(message);
  });
});
