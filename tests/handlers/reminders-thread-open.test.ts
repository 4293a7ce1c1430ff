// Opening a thread through the built bundle: its record, the reminder section, holidays, absences, and the
// reminder removed once the client has replied.
import { assertValidCard } from '../../emulator';
import { actionEvent } from '../../emulator/events';
import { decodeRecord } from '../../src/core/tracking/record-codec';
import { trackedKey } from '../../src/core/tracking/tracked-thread';
import type { MailSpec } from '../support/mail-builder';
import { cardTexts, startAddon, type Addon } from '../support/addon';

const giulia = 'Giulia Bianchi <giulia@studiobianchi.it>';
const marco = 'Marco Verdi <marco.verdi@verdi-arredi.it>';
const HOLIDAYS = 'en.italian#holiday@group.v.calendar.google.com';
/** Monday 23 November 2026, 10:00 in Rome. */
const MONDAY = '2026-11-23T10:00:00+01:00';

const request: MailSpec = {
  id: 'q1',
  from: marco,
  to: giulia,
  date: '2026-11-10T09:00:00+01:00',
  subject: 'Allestimento stand fiera di Verona',
  body: 'Ciao Giulia, ci mandi una proposta per lo stand? Ci servono 24 metri quadri. Marco',
};
const proposal: MailSpec = {
  id: 'q2',
  from: giulia,
  to: marco,
  date: '2026-11-17T10:00:00+01:00',
  subject: 'Re: Allestimento stand fiera di Verona',
  body: 'Ciao Marco,\nin allegato la proposta per lo stand da 24 mq, con due varianti di illuminazione.\nGiulia',
  inReplyTo: 'q1',
};
const answer: MailSpec = {
  id: 'q3',
  from: marco,
  to: giulia,
  date: '2026-11-23T09:20:00+01:00',
  subject: 'Re: Allestimento stand fiera di Verona',
  body: 'Ciao Giulia, la variante con le luci calde ci piace. Ne parliamo giovedì? Marco',
  inReplyTo: 'q2',
};

function threadIdOf(addon: Addon, testId: string): string {
  return addon.emulator.gmail.idsOf(`${testId}@test.example`)?.threadId ?? '';
}

function statusLine(addon: Addon, testId: string): string {
  const line = cardTexts(addon.open(testId)).find((t) => t.includes('Waiting on')) ?? '';
  return line.replace(/<[^>]+>/g, '');
}

describe('opening a thread', () => {
  it('stores a compact record of the thread, without any message text', async () => {
    const addon = await startAddon({ now: MONDAY, threads: [[request, proposal]] });
    addon.open('q2');
    const key = trackedKey(threadIdOf(addon, 'q2'));
    const value = addon.emulator.properties.user()[key] ?? '';
    expect(decodeRecord(key, value)).toMatchObject({
      clientEmail: 'marco.verdi@verdi-arredi.it',
      clientName: 'Marco Verdi',
      subject: 'Allestimento stand fiera di Verona',
      state: 'awaiting-client',
      since: '2026-11-17',
      nextOn: '2026-11-23',
    });
    expect(value).not.toMatch(/illuminazione|24 metri/);
    expect(Buffer.byteLength(key + value)).toBeLessThan(200);
  });

  it("stores the record and the day's holiday cache in one write, within five round trips, on the first open of the day", async () => {
    const addon = await startAddon({
      now: MONDAY,
      threads: [[request, proposal]],
      settings: { holidayCountry: 'IT' },
    });
    addon.emulator.calendar.addCalendar(HOLIDAYS, []);
    addon.emulator.calls.reset();
    addon.open('q2');
    expect(addon.emulator.calls.count('Properties.setProperties')).toBe(1);
    expect(addon.emulator.calls.remoteTotal()).toBeLessThanOrEqual(5);
    const stored = addon.emulator.properties.user();
    expect(Object.keys(stored).sort()).toEqual(
      ['holidays', 'settings', trackedKey(threadIdOf(addon, 'q2'))].sort(),
    );
  });

  it('writes nothing when the same thread is opened again the same day', async () => {
    const addon = await startAddon({
      now: MONDAY,
      threads: [[request, proposal]],
      settings: { holidayCountry: 'none' },
    });
    addon.open('q2');
    addon.emulator.calls.reset();
    addon.open('q2');
    expect(addon.emulator.calls.count('Properties.setProperties')).toBe(0);
    expect(addon.emulator.calls.count('Lock.tryLock')).toBe(0);
    expect(addon.emulator.calls.count('Properties.getProperties')).toBe(1);
  });

  it('offers "Remind me today at <time>" in the fixed footer, a date picker and "Stop tracking this thread"', async () => {
    const addon = await startAddon({ now: MONDAY, threads: [[request, proposal]] });
    const card = addon.open('q2');
    const texts = cardTexts(card);
    // 10:00 on the suggested day, after the 09:30 reminder time: the next quarter hour an hour ahead.
    expect(texts).toContain('Remind me today at 11:00');
    expect(JSON.stringify((card as { fixedFooter?: unknown }).fixedFooter)).toContain(
      'Remind me today at 11:00',
    );
    expect(texts).toContain('Stop tracking this thread');
    expect(JSON.stringify(card)).toContain('"name":"reminderDate"');
  });

  it('offers "Remind me to reply" when the client wrote last', async () => {
    const addon = await startAddon({ now: MONDAY, threads: [[request, proposal, answer]] });
    // Marco wrote at 09:20; at 10:00 the 09:30 reminder time has passed: the next quarter hour an hour ahead.
    expect(cardTexts(addon.open('q3'))).toContain('Remind me to reply today at 11:00');
  });

  it('does not track the thread again after "Stop tracking this thread"', async () => {
    const addon = await startAddon({ now: MONDAY, threads: [[request, proposal]] });
    addon.open('q2');
    const threadId = threadIdOf(addon, 'q2');
    addon.action('onStopTracking', { parameters: { t: threadId } });
    addon.open('q2');
    expect(addon.emulator.properties.user()[trackedKey(threadId)]).toBe('0');
  });

  it('redraws the sidebar with the new reminder when the button is clicked in it', async () => {
    const addon = await startAddon({ now: MONDAY, threads: [[request, proposal]] });
    addon.open('q2');
    const ids = addon.emulator.gmail.idsOf('q2@test.example')!;
    const result = addon.action('onSetReminder', {
      ...ids,
      parameters: { t: ids.threadId, d: '2026-11-26' },
    }) as {
      renderActions: { action: { navigations: { updateCard: unknown }[]; notification: { text: string } } };
    };
    const card = result.renderActions.action.navigations[0]?.updateCard;
    assertValidCard(card);
    expect(cardTexts(card)).toContain('Thu 26 Nov at 09:30');
    expect(result.renderActions.action.notification.text).toBe('Reminder set for Thu 26 Nov at 09:30.');
  });

  it('shows the reminder already set, and can remove it', async () => {
    const addon = await startAddon({ now: MONDAY, threads: [[request, proposal]] });
    addon.open('q2');
    addon.action('onSetReminder', { parameters: { t: threadIdOf(addon, 'q2'), d: '2026-11-25' } });
    const texts = cardTexts(addon.open('q2'));
    expect(texts).toContain('Wed 25 Nov at 09:30');
    expect(texts).toContain('Remove the reminder');
  });
});

describe('a client reply after the reminder was set', () => {
  it('removes the future reminder and says so in the sidebar', async () => {
    const waiting = await startAddon({ now: MONDAY, threads: [[request, proposal]] });
    waiting.open('q2');
    const threadId = threadIdOf(waiting, 'q2');
    waiting.bundle.call(
      'onSetReminder',
      actionEvent({ userLocale: 'en', parameters: { t: threadId, d: '2026-11-25' } }),
    );
    expect(waiting.emulator.calendar.allEvents().filter((e) => e.status !== 'cancelled')).toHaveLength(1);

    const replied = await startAddon({ now: MONDAY, threads: [[request, proposal, answer]] });
    expect(threadIdOf(replied, 'q3')).toBe(threadId);
    for (const [key, value] of Object.entries(waiting.emulator.properties.user())) {
      replied.emulator.properties.stores.user.data.set(key, value);
    }
    const event = waiting.emulator.calendar.allEvents()[0]!;
    replied.emulator.calendar.resolve('primary')!.events.set(event.id, structuredClone(event));
    const texts = cardTexts(replied.open('q3'));
    expect(
      texts.some((t) => t.includes('Marco Verdi replied: the reminder was removed from your calendar.')),
    ).toBe(true);
    expect(replied.emulator.calendar.allEvents().filter((e) => e.status !== 'cancelled')).toHaveLength(0);
    const record = decodeRecord(
      trackedKey(threadId),
      replied.emulator.properties.user()[trackedKey(threadId)] ?? '',
    );
    expect(record).toMatchObject({ state: 'awaiting-me', eventId: '', reminderOn: null });
  });
});

describe('my reply after a reminder to reply was set', () => {
  const myReply: MailSpec = {
    id: 'q4',
    from: giulia,
    to: marco,
    date: '2026-11-23T09:50:00+01:00',
    subject: 'Re: Allestimento stand fiera di Verona',
    body: 'Ciao Marco, giovedì alle 15 va benissimo: ti chiamo io. Giulia',
    inReplyTo: 'q3',
  };

  it('removes the reminder to reply and says I replied', async () => {
    const yourTurn = await startAddon({ now: MONDAY, threads: [[request, proposal, answer]] });
    yourTurn.open('q3');
    const threadId = threadIdOf(yourTurn, 'q3');
    yourTurn.action('onSetReminder', { parameters: { t: threadId, d: '2026-11-25' } });
    const event = yourTurn.emulator.calendar.allEvents()[0]!;
    expect(event.status).toBe('confirmed');

    const answered = await startAddon({ now: MONDAY, threads: [[request, proposal, answer, myReply]] });
    for (const [key, value] of Object.entries(yourTurn.emulator.properties.user())) {
      answered.emulator.properties.stores.user.data.set(key, value);
    }
    answered.emulator.calendar.resolve('primary')!.events.set(event.id, structuredClone(event));
    const texts = cardTexts(answered.open('q4'));
    expect(texts).toContainEqual(
      expect.stringContaining(
        'You replied to Marco Verdi: the reminder to reply was removed from your calendar.',
      ),
    );
    expect(answered.emulator.calendar.allEvents().filter((e) => e.status !== 'cancelled')).toHaveLength(0);
    const stored = answered.emulator.properties.user()[trackedKey(threadId)] ?? '';
    expect(decodeRecord(trackedKey(threadId), stored)).toMatchObject({
      // My reply asks nothing ("ti chiamo io"): nobody owes an answer now.
      state: 'settled',
      eventId: '',
      reminderOn: null,
    });
  });
});

describe('holidays and absences', () => {
  const holiday = {
    summary: 'Festa del patrono',
    description: 'Public holiday',
    start: { date: '2026-11-20' },
    end: { date: '2026-11-21' },
  };
  const observance = {
    summary: 'Giornata della gentilezza',
    description: 'Observance\nTo hide observances, go to Google Calendar Settings > Holidays in Italy',
    start: { date: '2026-11-19' },
    end: { date: '2026-11-20' },
  };

  it('skips the public holidays of the chosen country, not its observances', async () => {
    const addon = await startAddon({
      now: MONDAY,
      threads: [[request, proposal]],
      settings: { holidayCountry: 'IT' },
    });
    addon.emulator.calendar.addCalendar(HOLIDAYS, [holiday, observance]);
    expect(statusLine(addon, 'q2')).toBe('Waiting on Marco for 6 days · 3 working days');
  });

  it("skips the holidays of the time zone's country when none is chosen, not the language's", async () => {
    // An English-speaking user in Amsterdam: Dutch holidays (DESIGN "Holidays"), not American ones.
    const addon = await startAddon({
      now: MONDAY,
      userLocale: 'en',
      timeZone: 'Europe/Amsterdam',
      threads: [[request, proposal]],
    });
    addon.emulator.calendar.addCalendar('en.dutch#holiday@group.v.calendar.google.com', [holiday]);
    addon.emulator.calendar.addCalendar('en.usa#holiday@group.v.calendar.google.com', [
      { ...holiday, start: { date: '2026-11-19' }, end: { date: '2026-11-20' } },
    ]);
    expect(statusLine(addon, 'q2')).toBe('Waiting on Marco for 6 days · 3 working days');
  });

  it('skips no holiday when the user chose none, whatever the locale', async () => {
    const addon = await startAddon({
      now: MONDAY,
      userLocale: 'it',
      threads: [[request, proposal]],
      settings: { holidayCountry: 'none' },
    });
    addon.emulator.calendar.addCalendar(HOLIDAYS, [holiday]);
    addon.open('q2');
    const card = addon.open('q2');
    expect(JSON.stringify(card)).toContain('4 giorni lavorativi');
    expect(addon.emulator.calls.count('Calendar.Events.list')).toBe(1);
  });

  it('reads the holiday calendar once a week and my absences once a day, one Calendar read a day', async () => {
    const addon = await startAddon({
      now: MONDAY,
      threads: [[request, proposal]],
      settings: { holidayCountry: 'IT' },
    });
    addon.emulator.calendar.addCalendar(HOLIDAYS, [holiday]);
    const reads = () => addon.emulator.calls.count('Calendar.Events.list');
    addon.open('q2');
    expect(reads()).toBe(1);
    addon.open('q2');
    addon.emulator.clock.advance(3 * 3_600_000);
    addon.open('q2');
    expect(reads()).toBe(1);
    addon.emulator.clock.advance(24 * 3_600_000);
    addon.open('q2');
    addon.open('q2');
    expect(reads()).toBe(2);
    addon.emulator.clock.advance(7 * 24 * 3_600_000);
    addon.open('q2');
    addon.open('q2');
    expect(reads()).toBe(3);
    addon.emulator.clock.advance(24 * 3_600_000);
    addon.open('q2');
    expect(reads()).toBe(4);
  });

  it('opens the same thread again the same day in 3 round trips: properties read, thread, messages', async () => {
    const addon = await startAddon({
      now: MONDAY,
      threads: [[request, proposal]],
      settings: { holidayCountry: 'IT' },
    });
    addon.open('q2');
    addon.emulator.clock.advance(2 * 3_600_000);
    addon.emulator.calls.reset();
    addon.open('q2');
    expect(addon.emulator.calls.remoteTotal()).toBeLessThanOrEqual(3);
    expect(addon.emulator.calls.count('Calendar.Events.list')).toBe(0);
    expect(addon.emulator.calls.count('Properties.setProperties')).toBe(0);
    expect(addon.emulator.calls.count('Properties.getProperties')).toBe(1);
  });

  it('reads every page of the holiday calendar, empty pages included', async () => {
    const addon = await startAddon({
      now: MONDAY,
      threads: [[request, proposal]],
      settings: { holidayCountry: 'IT' },
    });
    addon.emulator.calendar.paging = { pageSize: 1, emptyBetween: true, emptyFirst: true };
    const others = [1, 2, 3, 4, 5].map((n) => ({
      ...holiday,
      summary: `Festa ${n}`,
      start: { date: `2026-09-0${n}` },
      end: { date: `2026-09-0${n + 1}` },
    }));
    // The holiday that matters comes last, after five others and empty pages.
    addon.emulator.calendar.addCalendar(HOLIDAYS, [...others, holiday]);
    expect(statusLine(addon, 'q2')).toBe('Waiting on Marco for 6 days · 3 working days');
    expect(addon.emulator.calls.count('Calendar.Events.list')).toBeGreaterThan(6);
  });

  it('logs, never silently, when a listing reaches the page cap', async () => {
    const addon = await startAddon({
      now: MONDAY,
      threads: [[request, proposal]],
      settings: { holidayCountry: 'IT' },
    });
    addon.emulator.calendar.paging = { pageSize: 1, emptyBetween: true, emptyFirst: false };
    const many = Array.from({ length: 60 }, (_, n) => ({
      ...holiday,
      summary: `Festa ${n}`,
      start: { date: `2026-10-${String(1 + (n % 28)).padStart(2, '0')}` },
      end: { date: `2026-10-${String(2 + (n % 28)).padStart(2, '0')}` },
    }));
    addon.emulator.calendar.addCalendar(HOLIDAYS, many);
    addon.open('q2');
    expect(addon.emulator.calls.count('Calendar.Events.list')).toBe(40);
    expect(addon.emulator.logs.join('\n')).toMatch(/stopped after 40 pages of events \(cap 40\)/);
  });

  it('counts only weekends and says so when the holiday calendar cannot be read', async () => {
    const addon = await startAddon({
      now: MONDAY,
      threads: [[request, proposal]],
      settings: { holidayCountry: 'IT' },
    });
    addon.emulator.faults.inject('Calendar.Events.list', 'not-found');
    const card = addon.open('q2');
    expect(cardTexts(card).join('\n')).toContain(
      'Public holidays could not be read: only weekends are skipped.',
    );
    expect(statusLine(addon, 'q2')).toBe('Waiting on Marco for 6 days · 4 working days');
  });

  it('counts my own out-of-office days as non-working days', async () => {
    const addon = await startAddon({
      now: MONDAY,
      threads: [[request, proposal]],
      settings: { holidayCountry: 'none' },
    });
    addon.emulator.calendar.resolve('primary')!.events.set('ooo1', {
      id: 'ooo1',
      status: 'confirmed',
      eventType: 'outOfOffice',
      summary: 'Fuori ufficio',
      start: { dateTime: '2026-11-19T00:00:00+01:00' },
      end: { dateTime: '2026-11-20T00:00:00+01:00' },
    });
    expect(statusLine(addon, 'q2')).toBe('Waiting on Marco for 6 days · 3 working days');
  });

  it('finds my out-of-office days on later pages, after empty ones', async () => {
    const addon = await startAddon({
      now: MONDAY,
      threads: [[request, proposal]],
      settings: { holidayCountry: 'none' },
    });
    addon.emulator.calendar.paging = { pageSize: 1, emptyBetween: true, emptyFirst: true };
    const events = addon.emulator.calendar.resolve('primary')!.events;
    for (const [id, day] of [
      ['ooo1', '2026-09-01'],
      ['ooo2', '2026-10-01'],
      ['ooo3', '2026-11-19'],
    ]) {
      events.set(id!, {
        id: id!,
        status: 'confirmed',
        eventType: 'outOfOffice',
        start: { dateTime: `${day}T00:00:00+01:00` },
        end: { dateTime: `${day}T23:00:00+01:00` },
      });
    }
    expect(statusLine(addon, 'q2')).toBe('Waiting on Marco for 6 days · 3 working days');
    expect(addon.emulator.calls.count('Calendar.Events.list')).toBeGreaterThan(3);
  });

  it('keeps the sidebar working when the first Calendar read hits the quota', async () => {
    const addon = await startAddon({
      now: MONDAY,
      threads: [[request, proposal]],
      settings: { holidayCountry: 'IT' },
    });
    addon.emulator.calendar.addCalendar(HOLIDAYS, [holiday]);
    addon.emulator.faults.inject('Calendar.Events.list', 'quota');
    const texts = cardTexts(addon.open('q2')).join('\n');
    expect(texts).toContain('Waiting on Marco for');
    expect(texts).toContain('Public holidays could not be read');
  });
});
