// 2,000 tracked threads fit in the 500 KB user store (measured in the emulator's store with its real limit),
// and the add-on prunes old closed threads before the store fills.
import { createEmulator } from '../../emulator';
import { loadBundle } from '../../emulator/run-bundle';
import { actionEvent } from '../../emulator/events';
import { encodeRecord } from '../../src/core/tracking/record-codec';
import { encodeHolidayCache } from '../../src/core/holidays/holiday-cache';
import { trackedKey, type TrackedThread } from '../../src/core/tracking/tracked-thread';
import { addDays } from '../../src/core/calendar-days';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const SUBJECTS = [
  'Preventivo per il restyling completo del sito e del catalogo prodotti',
  'Proposta di collaborazione: campagna social primavera-estate',
  'Angebot für die Überarbeitung unserer Markenidentität und Verpackung',
  'Devis pour la refonte de la boutique en ligne et des fiches produits',
];

/** A long record: 40-character address, full name, accented subject cut to 60 characters, every date,
 * a reminder event id and six reply delays (the per-thread maximum). */
function record(i: number, overrides: Partial<TrackedThread> = {}): TrackedThread {
  return {
    threadId: `18f${i.toString(16).padStart(13, '0')}`,
    clientEmail: `m.fontanarossa${i}@studio-grafico-rossi.it`,
    clientName: `Maria Letizia Fontanarossa`,
    subject: SUBJECTS[i % SUBJECTS.length] ?? '',
    state: 'awaiting-client',
    stage: 'change-channel',
    since: addDays('2024-01-01', i % 120),
    lastMineOn: addDays('2024-01-05', i % 120),
    nextOn: addDays('2024-02-01', i % 120),
    reminderOn: addDays('2024-02-01', i % 120),
    eventId: `a${i.toString(32).padStart(25, '0')}`,
    language: 'it',
    tone: 'warm',
    stillWaitingAt: null,
    delaysHours: [30, 52, 7, 120, 18, 240],
    seenOn: addDays('2024-04-01', i % 30),
    ...overrides,
  };
}

describe('the user store', () => {
  it('holds 2,000 worst-case tracked threads with the settings and the holiday cache, under 500 KB', () => {
    const emulator = createEmulator();
    const props = (
      emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
    ).getUserProperties();
    props.setProperty('settings', JSON.stringify({ ...DEFAULT_SETTINGS, aliases: ['a@b.it', 'c@d.it'] }));
    const days = Array.from({ length: 40 }, (_, i) => addDays('2024-01-01', i * 9));
    props.setProperty(
      'holidays',
      encodeHolidayCache({
        country: 'IT',
        fetchedOn: '2024-05-06',
        failedAt: 0,
        absencesOn: '2024-05-06',
        absencesFailedAt: 0,
        holidays: days,
        absences: days,
      }),
    );
    const before = emulator.properties.bytesUsed();
    for (let i = 0; i < 2000; i += 1)
      props.setProperty(trackedKey(record(i).threadId), encodeRecord(record(i)));
    const perRecord = (emulator.properties.bytesUsed() - before) / 2000;
    expect(Object.keys(emulator.properties.user())).toHaveLength(2002);
    expect(emulator.properties.bytesUsed()).toBeLessThan(emulator.properties.limitBytes);
    expect(perRecord).toBeLessThan(250);
  });

  it('prunes the oldest closed threads when a write finds the store over 90 % full', () => {
    const emulator = createEmulator({ now: Date.parse('2024-05-06T08:00:00Z') });
    const data = emulator.properties.stores.user.data;
    let i = 0;
    while (emulator.properties.bytesUsed() < emulator.properties.limitBytes * 0.93) {
      const closed = i % 3 === 0;
      const r = record(
        i,
        closed ? { stage: 'rest', eventId: '', reminderOn: null } : { seenOn: '2024-05-01' },
      );
      data.set(trackedKey(r.threadId), encodeRecord(r));
      i += 1;
    }
    const bundle = loadBundle(emulator);
    const target = record(1, { seenOn: '2024-05-01' });
    const result = JSON.stringify(
      bundle.call(
        'onSetReminder',
        actionEvent({ userLocale: 'en', parameters: { t: target.threadId, d: '2024-05-08' } }),
      ),
    );
    expect(result).toContain('Reminder set for');
    const remaining = Object.entries(emulator.properties.user());
    const closedLeft = remaining.filter(([, v]) => v.includes('"r"')).length;
    expect(remaining.length).toBeLessThan(i);
    expect(closedLeft).toBeLessThan(Math.ceil(i / 3));
    expect(emulator.properties.bytesUsed()).toBeLessThan(emulator.properties.limitBytes * 0.93);
    expect(emulator.calls.count('Properties.deleteProperty')).toBeLessThanOrEqual(40);
  });
});
