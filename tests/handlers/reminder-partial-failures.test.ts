// Partial failures tell the truth: an event set while the record write failed is reported as set and the
// record is repaired at the next open; an oversize value prunes nothing; pruning on open never drops a
// reminder another sidebar set meanwhile.
import { actionEvent } from '../../emulator/events';
import { loadBundle } from '../../emulator/run-bundle';
import { decodeRecord, encodeRecord } from '../../src/core/tracking/record-codec';
import { PENDING_EVENT, trackedKey } from '../../src/core/tracking/tracked-thread';
import { startAddon, type Addon } from '../support/addon';
import type { MailSpec } from '../support/mail-builder';
import { buttonParameters, liveEvents, notification, quoteThread, setup, THREAD } from './reminders-fixtures';

const giulia = 'Giulia Bianchi <giulia@studiobianchi.it>';
const marco = 'Marco Verdi <marco.verdi@verdi-arredi.it>';
/** Monday 23 November 2026, 10:00 in Rome. */
const MONDAY = '2026-11-23T10:00:00+01:00';
const proposal: MailSpec = {
  id: 'p1',
  from: giulia,
  to: marco,
  date: '2026-11-17T10:00:00+01:00',
  subject: 'Allestimento stand fiera di Verona',
  body: 'Ciao Marco,\nti mando la proposta per lo stand: ti torna la variante con luci calde?\nGiulia',
};

const threadOf = (addon: Addon) => addon.emulator.gmail.idsOf('p1@test.example')?.threadId ?? '';
const recordIn = (addon: Addon, threadId: string) =>
  decodeRecord(trackedKey(threadId), addon.emulator.properties.user()[trackedKey(threadId)] ?? '');

/** The proposal thread, opened once on Monday (its record written), with no holidays in the way. */
async function openedProposal(): Promise<{ addon: Addon; threadId: string }> {
  const addon = await startAddon({
    now: MONDAY,
    threads: [[proposal]],
    settings: { holidayCountry: 'none' },
  });
  addon.open('p1');
  return { addon, threadId: threadOf(addon) };
}

describe('an event set while the record write failed', () => {
  it('is reported as set, and the next open repairs the record from Calendar', async () => {
    const { addon, threadId } = await openedProposal();
    // The pending write succeeds; the write after Calendar's insert fails.
    addon.emulator.faults.before('Calendar.Events.insert', () =>
      addon.emulator.faults.inject('Properties.setProperties', 'quota'),
    );
    const result = addon.action('onSetReminder', { parameters: { t: threadId, d: '2026-11-25' } }) as {
      renderActions: { action: { notification: { text: string } } };
    };
    expect(result.renderActions.action.notification.text).toBe('Reminder set for Wed 25 Nov at 09:30.');
    expect(recordIn(addon, threadId)?.eventId).toBe(PENDING_EVENT);
    addon.open('p1');
    const [event, ...others] = liveEvents(addon.emulator);
    expect(others).toHaveLength(0);
    expect(recordIn(addon, threadId)).toMatchObject({
      eventId: event?.id,
      reminderOn: '2026-11-25',
      reminderTime: '09:30',
    });
  });

  it('clears a pending record at the next open when Calendar has no event for it', async () => {
    const { addon, threadId } = await openedProposal();
    addon.emulator.faults.inject('Calendar.Events.insert', 'quota');
    addon.emulator.faults.before('Calendar.Events.insert', () =>
      addon.emulator.faults.inject('Properties.setProperties', 'quota'),
    );
    addon.action('onSetReminder', { parameters: { t: threadId, d: '2026-11-25' } });
    expect(recordIn(addon, threadId)?.eventId).toBe(PENDING_EVENT);
    addon.open('p1');
    expect(recordIn(addon, threadId)).toMatchObject({ eventId: '', reminderOn: null });
    expect(liveEvents(addon.emulator)).toHaveLength(0);
  });
});

describe('a value over 9 KB', () => {
  it('is refused alone with a clear message, pruning no other record', () => {
    const { emulator, click } = setup({
      tracked: [quoteThread(), quoteThread({ threadId: 'aa11', stage: 'rest' })],
    });
    const tooLarge = new Error('Argument too large: value');
    tooLarge.name = 'Exception';
    emulator.faults.inject('Properties.setProperties', tooLarge);
    const result = click('onSetReminder', { parameters: buttonParameters(quoteThread()) });
    expect(notification(result)).toBe(
      'Some details of this thread are too long to store; nothing else was changed.',
    );
    expect(emulator.calls.count('Properties.deleteProperty')).toBe(0);
    expect(emulator.properties.user()[trackedKey('aa11')]).toBeDefined();
  });

  it('never comes from a record: a 10 KB client address is shortened to fit', () => {
    const record = quoteThread({
      clientEmail: `${'a'.repeat(10_000)}@example.com`,
      eventId: 'e'.repeat(5000),
    });
    const value = encodeRecord(record);
    expect(Buffer.byteLength(value)).toBeLessThan(2000);
    expect(decodeRecord(trackedKey(THREAD), value)?.clientEmail.length).toBeLessThanOrEqual(254);
  });
});

describe('pruning while the thread opens', () => {
  it('runs under the lock on a fresh read: a reminder set meanwhile in another sidebar survives', async () => {
    const addon = await startAddon({
      now: MONDAY,
      threads: [[proposal]],
      settings: { holidayCountry: 'none' },
    });
    const data = addon.emulator.properties.stores.user.data;
    // A store over 90 % full of long-unseen threads; the oldest one is about to get a reminder elsewhere.
    const oldest = quoteThread({ threadId: 'old0', seenOn: '2026-01-01', subject: 'x'.repeat(60) });
    data.set(trackedKey('old0'), encodeRecord(oldest));
    for (
      let i = 1;
      addon.emulator.properties.bytesUsed() < addon.emulator.properties.limitBytes * 0.92;
      i += 1
    ) {
      const r = quoteThread({ threadId: `old${i}`, seenOn: '2026-06-01', subject: `${i} ${'y'.repeat(55)}` });
      data.set(trackedKey(r.threadId), encodeRecord(r));
    }
    const other = loadBundle(addon.emulator);
    addon.emulator.faults.before('GmailThread.getMessages', () => {
      other.call(
        'onSetReminder',
        actionEvent({ userLocale: 'en', parameters: { t: 'old0', d: '2026-11-26' } }),
      );
    });
    addon.open('p1');
    expect(recordIn(addon, 'old0')).toMatchObject({ reminderOn: '2026-11-26' });
    expect(liveEvents(addon.emulator)).toHaveLength(1);
  });
});
