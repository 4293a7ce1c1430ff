import { parseOptions, UsageError } from '../../preview/options';

describe('parseOptions', () => {
  it("defaults to the sample threads on port 8787 in the sample user's language", () => {
    expect(parseOptions([])).toEqual({
      mbox: null,
      me: [],
      now: null,
      timeZone: null,
      port: 8787,
      locale: null,
    });
  });

  it('reads a date alone as midnight in --tz, else in the sample user’s zone', () => {
    expect(parseOptions(['--now', '2026-11-23', '--tz', 'Europe/Amsterdam']).now).toBe(
      Date.UTC(2026, 10, 22, 23),
    );
    expect(parseOptions(['--now', '2026-11-23']).now).toBe(Date.UTC(2026, 10, 22, 23)); // Europe/Rome
    expect(parseOptions(['--now', '2026-07-01', '--tz', 'America/New_York']).now).toBe(
      Date.UTC(2026, 6, 1, 4),
    );
  });

  it('accepts a supported locale with or without a region', () => {
    expect(parseOptions(['--locale', 'de']).locale).toBe('de');
    expect(parseOptions(['--locale', 'en-GB']).locale).toBe('en-GB');
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
    [['--now', '2000-02-30'], /ISO date that exists/],
    [['--locale', 'xx'], /unsupported locale "xx"; supported: it, en, es, fr, de/],
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
