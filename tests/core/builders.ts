// Small builders for messages, threads, identities and calendars written for these tests.
import { parseAddressList } from '../../src/core/addresses';
import { analyzeThread, type AnalyzeThreadInput } from '../../src/core/analyze-thread';
import { intlLocalDateOf } from '../../src/core/local-date';
import type {
  Identity,
  MailMessage,
  ThreadAnalysis,
  ThreadData,
  Weekday,
  WorkCalendar,
} from '../../src/core/types';

export const GIULIA = 'Giulia Verdi <giulia@studioverdi.it>';
export const MARCO = 'Marco Bianchi <marco.bianchi@ferramenta-rossi.it>';
export const LAURA = 'Laura Rossi <laura@ferramenta-rossi.it>';

export function identity(overrides: Partial<Identity> = {}): Identity {
  return {
    primary: 'giulia@studioverdi.it',
    aliases: [],
    colleaguesCountAsMe: false,
    myName: 'Giulia',
    ...overrides,
  };
}

export function calendar(timeZone = 'Europe/Rome', holidays: string[] = []): WorkCalendar {
  const workingDays: Weekday[] = [1, 2, 3, 4, 5];
  return { timeZone, localDateOf: intlLocalDateOf, workingDays, holidays: new Set(holidays) };
}

export interface MessageSpec {
  id?: string;
  at: string;
  from: string | null;
  to?: string;
  cc?: string;
  replyTo?: string;
  subject?: string;
  body?: string;
  headers?: Record<string, string>;
}

let counter = 0;

export function message(spec: MessageSpec): MailMessage {
  counter += 1;
  const from = spec.from === null ? null : (parseAddressList(spec.from)[0] ?? null);
  return {
    id: spec.id ?? `<m${counter}@test>`,
    at: spec.at === '' ? 0 : Date.parse(spec.at),
    from,
    to: parseAddressList(spec.to ?? ''),
    cc: parseAddressList(spec.cc ?? ''),
    replyTo: parseAddressList(spec.replyTo ?? ''),
    subject: spec.subject ?? 'Re: Preventivo sito e-commerce',
    headers: spec.headers ?? {},
    body: spec.body ?? '',
  };
}

export function thread(messages: MailMessage[], subject = 'Preventivo sito e-commerce'): ThreadData {
  return { id: 'thread-1', subject, messages };
}

/** An Outlook-style Italian out-of-office notice. */
export function outOfOffice(at: string, from: string, body: string): MailMessage {
  return message({
    at,
    from,
    to: GIULIA,
    subject: 'Risposta automatica: Preventivo sito e-commerce',
    headers: { 'auto-submitted': 'auto-replied', 'x-auto-response-suppress': 'All' },
    body,
  });
}

/** analyzeThread over these messages for Giulia in Rome, at `now` (default Monday 15 September 2025). */
export function analyze(
  messages: MailMessage[],
  now = '2025-09-15T09:00:00+02:00',
  extra: Partial<AnalyzeThreadInput> = {},
): ThreadAnalysis {
  return analyzeThread({
    thread: thread(messages),
    identity: identity(),
    calendar: calendar(),
    now: Date.parse(now),
    ...extra,
  });
}
