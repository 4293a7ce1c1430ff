// The plain inputs the core needs in Node, for the same threads the emulator serves to the bundle.
import { intlLocalDateOf } from '../../src/core/local-date';
import type { Identity, ThreadData, WorkCalendar } from '../../src/core/types';
import type { MailThread } from '../../mail/parsed-mail';
import { toMailMessage } from '../../mail/to-mail-message';
import { ME } from './synthetic-mail';

export const TIME_ZONE = 'Europe/Rome';
/** A Monday morning in Rome: the moment every bench opens its threads. */
export const BENCH_NOW = Date.UTC(2024, 4, 6, 8, 0);

export const BENCH_IDENTITY: Identity = {
  primary: ME.email,
  aliases: [],
  colleaguesCountAsMe: false,
  myName: 'Giulia',
};

export const BENCH_CALENDAR: WorkCalendar = {
  timeZone: TIME_ZONE,
  localDateOf: intlLocalDateOf,
  workingDays: [1, 2, 3, 4, 5],
  holidays: new Set(['2024-04-25', '2024-05-01', '2024-06-02']),
};

export function threadData(thread: MailThread): ThreadData {
  return { id: thread.key, subject: thread.subject, messages: thread.messages.map((m) => toMailMessage(m)) };
}
