// Analyses threads one at a time, keeping only their small results, then adds each client's typical reply time.
import { analyzeThread } from '../../src/core/analyze-thread';
import { chooseLanguage } from '../../src/core/language/choose-language';
import { intlLocalDateOf } from '../../src/core/local-date';
import type { NudgeSuggestion } from '../../src/core/nudge/nudge-types';
import { suggestNudge } from '../../src/core/nudge/suggest-nudge';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { median } from '../../src/core/typical-reply';
import type {
  Identity,
  Language,
  MailMessage,
  ThreadAnalysis,
  Weekday,
  WorkCalendar,
} from '../../src/core/types';
import { countryHolidays } from './country-holidays';
import type { AnalyzeOptions } from './parse-args';
import type { AnalyzedThreadInput } from './to-json';

export interface ThreadInput {
  readonly key: string;
  readonly subject: string;
  readonly messages: readonly MailMessage[];
}

/** What is kept of a thread between its analysis and its output: no message text. */
interface KeptThread {
  readonly threadKey: string;
  readonly subject: string;
  readonly analysis: ThreadAnalysis;
  readonly language: Language;
  readonly dates: ReadonlyMap<string, number | null>;
}

/** Holidays from the oldest message's year (running minimum: no spread of a huge array) to next year. */
export function calendarFor(options: AnalyzeOptions, oldestYear: number | null): WorkCalendar {
  const holidays = new Set(options.holidays);
  if (options.country !== null) {
    const nowYear = new Date(options.now).getUTCFullYear();
    const from = oldestYear === null ? nowYear : Math.min(nowYear, oldestYear);
    for (const d of countryHolidays(options.country, from, nowYear + 1)) holidays.add(d);
  }
  const workingDays: Weekday[] = [1, 2, 3, 4, 5];
  return { timeZone: options.timeZone, localDateOf: intlLocalDateOf, workingDays, holidays };
}

function settingsOf(options: AnalyzeOptions): Settings {
  return { ...DEFAULT_SETTINGS, tone: options.tone, language: options.language, myName: options.myName };
}

export interface ThreadAnalyzer {
  add(thread: ThreadInput): void;
  readonly count: number;
  readonly kept: readonly KeptThread[];
  /** Client email → every reply delay seen, over all threads: built once for the run. */
  readonly delays: ReadonlyMap<string, number[]>;
}

export function threadAnalyzer(options: AnalyzeOptions, calendar: WorkCalendar): ThreadAnalyzer {
  const identity: Identity = {
    primary: options.me[0] as string,
    aliases: options.me.slice(1),
    colleaguesCountAsMe: options.colleagues,
    myName: options.myName,
  };
  const kept: KeptThread[] = [];
  const delays = new Map<string, number[]>();
  const add = (t: ThreadInput): void => {
    const thread = { id: t.key, subject: t.subject, messages: [...t.messages] };
    const analysis = analyzeThread({ identity, calendar, now: options.now, thread, everyAsk: true });
    // The language is decided now, so the thread's text need not be kept until the output.
    const language = chooseLanguage({
      clientText: analysis.clientText,
      myText: analysis.myText,
      setting: options.language,
      userLocale: options.locale,
    });
    if (analysis.client) {
      const list = delays.get(analysis.client.email) ?? [];
      for (const d of analysis.replyDelaysDays) list.push(d);
      delays.set(analysis.client.email, list);
    }
    const dates = new Map(t.messages.map((m) => [m.id, m.at > 0 ? m.at : null]));
    kept.push({
      threadKey: t.key,
      subject: t.subject,
      analysis: { ...analysis, clientText: '', myText: '' },
      language,
      dates,
    });
  };
  return {
    add,
    get count() {
      return kept.length;
    },
    kept,
    delays,
  };
}

/** Each thread with its client's typical reply time (median over all their threads) and its nudge. */
export function* finishThreads(
  analyzer: ThreadAnalyzer,
  options: AnalyzeOptions,
  calendar: WorkCalendar,
): Generator<AnalyzedThreadInput> {
  const settings = settingsOf(options);
  const typical = new Map<string, number | null>();
  const typicalOf = (email: string): number | null => {
    if (!typical.has(email)) typical.set(email, median(analyzer.delays.get(email) ?? []));
    return typical.get(email) ?? null;
  };
  for (const k of analyzer.kept) {
    const own = k.analysis;
    const analysis = {
      ...own,
      typicalReplyDays: own.client ? typicalOf(own.client.email) : median(own.replyDelaysDays),
    };
    const nudge = suggestNudge({
      analysis,
      settings: { ...settings, language: k.language },
      calendar,
      now: options.now,
      userLocale: options.locale,
    });
    yield {
      threadKey: k.threadKey,
      subject: k.subject,
      analysis,
      nudge: nudge && nudgeJson(nudge),
      alternatives: nudge ? nudge.alternatives.map(({ kind, body }) => ({ kind, body })) : [],
      dates: k.dates,
    };
  }
}

function nudgeJson(n: NudgeSuggestion): Record<string, unknown> {
  const { stage, sendOn, reason, lastNudgeOn, language, tone, subject, body } = n;
  return { stage, sendOn, reason, lastNudgeOn, language, tone, subject, body };
}

/** Threads already in memory (benchmarks, tests): the same analysis as the streamed run. */
export function analyzeThreads(
  threads: readonly ThreadInput[],
  options: AnalyzeOptions,
): AnalyzedThreadInput[] {
  let oldest: number | null = null;
  for (const t of threads)
    for (const m of t.messages) {
      const year = m.at > 0 ? new Date(m.at).getUTCFullYear() : null;
      if (year !== null && (oldest === null || year < oldest)) oldest = year;
    }
  const calendar = calendarFor(options, oldest);
  const analyzer = threadAnalyzer(options, calendar);
  for (const t of threads) analyzer.add(t);
  return [...finishThreads(analyzer, options, calendar)];
}
