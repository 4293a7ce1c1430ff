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
import { ClientDelays } from './client-delays';
import { countryHolidays } from './country-holidays';
import { keptInMemory, type KeptThreads } from './kept-threads';
import type { AnalyzeOptions } from './parse-args';
import type { AnalyzedThreadInput } from './to-json';

export interface ThreadInput {
  readonly key: string;
  readonly subject: string;
  readonly messages: readonly MailMessage[];
}

/** What is kept of a thread between its analysis and its output: no message text. */
export interface KeptThread {
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
  readonly kept: KeptThreads<KeptThread>;
  /** Every reply delay seen per client, over all threads: built once for the run. */
  readonly delays: ClientDelays;
}

/** `kept` holds the threads until the output: the CLI passes a KeptOnDisk so memory stays flat. */
export function threadAnalyzer(
  options: AnalyzeOptions,
  calendar: WorkCalendar,
  kept: KeptThreads<KeptThread> = keptInMemory(),
): ThreadAnalyzer {
  const identity: Identity = {
    primary: options.me[0] as string,
    aliases: options.me.slice(1),
    colleaguesCountAsMe: options.colleagues,
    myName: options.myName,
  };
  const delays = new ClientDelays();
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
    if (analysis.client) delays.add(analysis.client.email, analysis.replyDelaysDays);
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
      return kept.count;
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
  for (const k of analyzer.kept.items()) {
    const own = k.analysis;
    const analysis = {
      ...own,
      typicalReplyDays: own.client ? analyzer.delays.typical(own.client.email) : median(own.replyDelaysDays),
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
