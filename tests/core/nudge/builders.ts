// Small builders for ThreadAnalysis values and calendars used by the nudge tests (no analysis code involved).
import { intlLocalDateOf } from '../../../src/core/local-date';
import { DEFAULT_SETTINGS, type LadderSettings } from '../../../src/core/settings';
import type { LocalDate, Party, ThreadAnalysis, Weekday, WorkCalendar } from '../../../src/core/types';

export const LADDER: LadderSettings = DEFAULT_SETTINGS.ladder;
export const MARCO: Party = { email: 'marco.rossi@ferramenta-rossi.it', name: 'Marco Rossi' };

export function workCalendar(
  options: { timeZone?: string; holidays?: LocalDate[]; workingDays?: Weekday[] } = {},
): WorkCalendar {
  return {
    timeZone: options.timeZone ?? 'UTC',
    localDateOf: intlLocalDateOf,
    workingDays: options.workingDays ?? [1, 2, 3, 4, 5],
    holidays: new Set(options.holidays ?? []),
  };
}

/** An instant on a date, UTC ("2025-11-03" at 10:00 by default). */
export function at(date: LocalDate, time = '10:00'): number {
  return Date.parse(`${date}T${time}:00Z`);
}

export interface SilentThreadSpec {
  /** My first unanswered message. */
  sentAt: number;
  /** My follow-ups after it, oldest first. */
  followUpAts?: number[];
  typicalReplyDays?: number | null;
  outOfOfficeUntil?: LocalDate | null;
  promisedBy?: LocalDate | null;
  client?: Party | null;
}

/** A thread where I wrote last and the client has not answered. */
export function silentThread(spec: SilentThreadSpec): ThreadAnalysis {
  const followUpAts = spec.followUpAts ?? [];
  const lastMine = followUpAts[followUpAts.length - 1] ?? spec.sentAt;
  return {
    ...baseAnalysis(),
    client: spec.client === undefined ? MARCO : spec.client,
    state: 'awaiting-client',
    waitingSince: spec.sentAt,
    lastMyMessageAt: lastMine,
    followUpAts,
    followUpsSent: followUpAts.length,
    typicalReplyDays: spec.typicalReplyDays ?? null,
    outOfOfficeUntil: spec.outOfOfficeUntil ?? null,
    promisedBy: spec.promisedBy ?? null,
  };
}

/** A thread where the client wrote last; `promisedBy` marks that last reply as a promise. */
export function clientWroteLast(spec: {
  repliedAt: number;
  myLastAt: number;
  promisedBy?: LocalDate;
}): ThreadAnalysis {
  const promisedBy = spec.promisedBy ?? null;
  return {
    ...baseAnalysis(),
    state: 'awaiting-me',
    lastClientReplyAt: spec.repliedAt,
    lastMyMessageAt: spec.myLastAt,
    promisedBy,
    messages: [
      {
        id: 'm1',
        at: spec.myLastAt,
        from: 'giulia@studioverdi.it',
        kind: 'me',
        outOfOfficeUntil: null,
        promisedBy: null,
        asks: true,
      },
      {
        id: 'm2',
        at: spec.repliedAt,
        from: MARCO.email,
        kind: 'client',
        outOfOfficeUntil: null,
        promisedBy,
        asks: true,
      },
    ],
  };
}

export function noClientThread(): ThreadAnalysis {
  return { ...baseAnalysis(), client: null, state: 'no-client' };
}

function baseAnalysis(): ThreadAnalysis {
  return {
    threadId: 'thread-1',
    project: 'Nuovo sito e-commerce',
    client: MARCO,
    state: 'awaiting-client',
    lastClientReplyAt: null,
    daysSinceClientReply: null,
    workingDaysSinceClientReply: null,
    waitingSince: null,
    daysWaiting: null,
    workingDaysWaiting: null,
    lastMyMessageAt: null,
    followUpAts: [],
    followUpsSent: 0,
    outOfOfficeUntil: null,
    promisedBy: null,
    typicalReplyDays: null,
    replyDelaysDays: [],
    clientText: '',
    myText: '',
    undelivered: false,
    messages: [],
    settledBy: null,
    stillWaiting: false,
    humanMessages: 2,
    register: null,
    openQuestion: null,
  };
}
