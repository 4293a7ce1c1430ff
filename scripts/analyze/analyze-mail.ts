// Reads mail files, groups them into threads and analyses every thread, sharing reply times per client.
import { analyzeThread } from '../../src/core/analyze-thread';
import { intlLocalDateOf } from '../../src/core/local-date';
import type { NudgeSuggestion } from '../../src/core/nudge/nudge-types';
import { suggestNudge } from '../../src/core/nudge/suggest-nudge';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { median } from '../../src/core/typical-reply';
import type { Identity, MailMessage, ThreadAnalysis, Weekday, WorkCalendar } from '../../src/core/types';
import { groupThreads } from '../../mail/group-threads';
import { readMailPaths } from '../../mail/read-mail';
import { toMailMessage } from '../../mail/to-mail-message';
import { countryHolidays } from './country-holidays';
import type { AnalyzeOptions } from './parse-args';
import type { AnalysisReportInput, AnalyzedThreadInput } from './to-json';

interface ThreadInput {
  readonly key: string;
  readonly subject: string;
  readonly messages: MailMessage[];
}

function yearsOf(threads: readonly ThreadInput[], now: number): [number, number] {
  const years = threads.flatMap((t) =>
    t.messages.filter((m) => m.at > 0).map((m) => new Date(m.at).getUTCFullYear()),
  );
  const nowYear = new Date(now).getUTCFullYear();
  return [Math.min(nowYear, ...years), nowYear + 1];
}

function calendarFor(options: AnalyzeOptions, threads: readonly ThreadInput[]): WorkCalendar {
  const holidays = new Set(options.holidays);
  if (options.country !== null) {
    const [from, to] = yearsOf(threads, options.now);
    for (const d of countryHolidays(options.country, from, to)) holidays.add(d);
  }
  const workingDays: Weekday[] = [1, 2, 3, 4, 5];
  return { timeZone: options.timeZone, localDateOf: intlLocalDateOf, workingDays, holidays };
}

/** Client email → delays seen in every thread but `exceptKey`. */
function delaysElsewhere(
  first: ReadonlyMap<string, ThreadAnalysis>,
  exceptKey: string,
): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [key, a] of first) {
    if (key === exceptKey || a.client === null) continue;
    (out[a.client.email] ??= []).push(...a.replyDelaysDays);
  }
  return out;
}

export function analyzeThreads(
  threads: readonly ThreadInput[],
  options: AnalyzeOptions,
): AnalyzedThreadInput[] {
  const identity: Identity = {
    primary: options.me[0] as string,
    aliases: options.me.slice(1),
    colleaguesCountAsMe: options.colleagues,
    myName: options.myName,
  };
  const calendar = calendarFor(options, threads);
  const { now } = options;
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    tone: options.tone,
    language: options.language,
    myName: options.myName,
  };
  const first = new Map(
    threads.map((t) => [
      t.key,
      analyzeThread({
        identity,
        calendar,
        now,
        thread: { id: t.key, subject: t.subject, messages: t.messages },
      }),
    ]),
  );
  return threads.map((t) => {
    // Typical reply time across all threads of the same client in the input.
    const own = first.get(t.key) as ThreadAnalysis;
    const elsewhere = own.client ? (delaysElsewhere(first, t.key)[own.client.email] ?? []) : [];
    const analysis = { ...own, typicalReplyDays: median([...own.replyDelaysDays, ...elsewhere]) };
    const nudge = suggestNudge({ analysis, settings, calendar, now, userLocale: options.locale });
    return {
      threadKey: t.key,
      subject: t.subject,
      analysis,
      nudge: nudge && nudgeJson(nudge),
      dates: new Map(t.messages.map((m) => [m.id, m.at > 0 ? m.at : null])),
    };
  });
}

function nudgeJson(n: NudgeSuggestion): Record<string, unknown> {
  const { stage, sendOn, reason, lastNudgeOn, language, tone, subject, body } = n;
  return { stage, sendOn, reason, lastNudgeOn, language, tone, subject, body };
}

export async function analyzeMailPaths(options: AnalyzeOptions): Promise<AnalysisReportInput> {
  const { messages, warnings } = await readMailPaths([...options.paths]);
  const threads = groupThreads(messages).map((t) => ({
    key: t.key,
    subject: t.subject,
    messages: t.messages.map((p) => toMailMessage(p)),
  }));
  return {
    timeZone: options.timeZone,
    now: options.now,
    warnings,
    threads: analyzeThreads(threads, options),
  };
}
