// Tracked-thread records as the add-on stores them (its own encoder), for a user with many open threads.
import { addDays } from '../../src/core/calendar-days';
import { encodeHolidayCache, HOLIDAY_CACHE_KEY } from '../../src/core/holidays/holiday-cache';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { encodeRecord } from '../../src/core/tracking/record-codec';
import {
  MAX_DELAYS,
  NAME_MAX,
  SUBJECT_MAX,
  trackedKey,
  type TrackedThread,
} from '../../src/core/tracking/tracked-thread';
import type { Language, LocalDate, Stage, ThreadState } from '../../src/core/types';
import { SETTINGS_KEY } from '../../src/store/settings-store';

const FIRST = [
  'Marco',
  'Anna',
  'Luca',
  'Francesca',
  'Peter',
  'Claire',
  'Jürgen',
  'Lucía',
  'Giovanni',
  'Sara',
];
const LAST = [
  'Verdi',
  'Conti',
  'Neri',
  'Bernasconi',
  'Walsh',
  'Dubois',
  'Müller',
  'García',
  'Esposito',
  'Galli',
];
const PROJECTS = [
  'Preventivo catalogo primavera',
  'Logo e immagine coordinata',
  'Website redesign — phase 2',
  'Brochure fiera di Verona',
  'Traduzione manuale tecnico',
  'Campagna social di novembre',
  'Nuovo sito e-commerce',
  'Shooting fotografico prodotti',
];
const STAGES: readonly (Stage | null)[] = [
  'wait',
  'check-in',
  'change-channel',
  'close-the-loop',
  'rest',
  'reply',
];
const LANGUAGES: readonly Language[] = ['it', 'en', 'de', 'fr', 'es'];

export type RecordShape = 'typical' | 'longest';

const threadIdOf = (i: number) => `18f${(0x1a2b3c4d5e6 + i * 7919).toString(16).padStart(13, '0')}`;

function pad(text: string, max: number): string {
  return text.length >= max ? text.slice(0, max) : (text + ' ' + 'x'.repeat(max)).slice(0, max);
}

/** A typical record, or (longest) every bounded field at its bound, 10 reply delays and a reminder. */
export function trackedRecord(i: number, today: LocalDate, shape: RecordShape): TrackedThread {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[(i * 3) % LAST.length]!;
  const stage = STAGES[i % STAGES.length]!;
  const state: ThreadState = stage === 'reply' ? 'awaiting-me' : 'awaiting-client';
  const longest = shape === 'longest';
  const withReminder = longest || i % 3 === 0;
  const since = addDays(today, -(3 + (i % 40)));
  return {
    threadId: threadIdOf(i),
    clientEmail: `${first}.${last}@studio-${i % 97}.example`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, ''),
    clientName: longest ? pad(`${first} ${last}`, NAME_MAX) : `${first} ${last}`,
    subject: longest
      ? pad(`${PROJECTS[i % PROJECTS.length]} ${i}`, SUBJECT_MAX)
      : `${PROJECTS[i % PROJECTS.length]} ${i}`,
    state,
    stage,
    since,
    lastMineOn: addDays(since, i % 4),
    nextOn: addDays(today, (i % 21) - 10),
    reminderOn: withReminder ? addDays(today, (i % 9) + 1) : null,
    eventId: withReminder ? `fuc${(i * 104729).toString(32).padStart(23, '0')}` : '',
    language: LANGUAGES[i % LANGUAGES.length]!,
    tone: 'warm',
    stillWaitingAt: null,
    delaysHours: Array.from({ length: longest ? MAX_DELAYS : i % 5 }, (_, k) => 12 + ((i + k * 37) % 300)),
    seenOn: addDays(today, -(i % 30)),
  };
}

/** Every property a user with `count` tracked threads holds: settings, holiday cache and the records. */
export function seededStore(count: number, today: LocalDate, shape: RecordShape): Map<string, string> {
  const store = new Map<string, string>();
  store.set(
    SETTINGS_KEY,
    JSON.stringify({ ...DEFAULT_SETTINGS, myName: 'Giulia Bianchi', holidayCountry: 'IT' }),
  );
  const holidays = [
    '2024-01-01',
    '2024-01-06',
    '2024-04-01',
    '2024-04-25',
    '2024-05-01',
    '2024-06-02',
    '2024-08-15',
  ];
  store.set(
    HOLIDAY_CACHE_KEY,
    encodeHolidayCache({
      country: 'IT',
      fetchedOn: today,
      failedAt: 0,
      absencesOn: today,
      absencesFailedAt: 0,
      holidays,
      absences: [addDays(today, 20)],
    }),
  );
  for (let i = 0; i < count; i += 1) {
    const record = trackedRecord(i, today, shape);
    store.set(trackedKey(record.threadId), encodeRecord(record));
  }
  return store;
}
