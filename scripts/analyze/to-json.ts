// The JSON the analyze command prints: a pure function of the analyses, so a nudge can be filled in later.
import type { ThreadAnalysis } from '../../src/core/types';

export interface AnalyzedThreadInput {
  readonly threadKey: string;
  readonly subject: string;
  readonly analysis: ThreadAnalysis;
  /** Message id → its own Date header (ms), or null when it had none. */
  readonly dates: ReadonlyMap<string, number | null>;
  readonly nudge?: unknown;
  /** The other suggested replies, beside the nudge: [{ kind, body }]. */
  readonly alternatives?: readonly unknown[];
}

export interface AnalysisReportInput {
  readonly timeZone: string;
  readonly now: number;
  readonly warnings: readonly string[];
  readonly threads: readonly AnalyzedThreadInput[];
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const round = (n: number | null): number | null => (n === null ? null : Math.round(n * 100) / 100);

export function threadJson(t: AnalyzedThreadInput): Record<string, unknown> {
  const a = t.analysis;
  return {
    threadKey: t.threadKey,
    subject: t.subject,
    project: a.project,
    client: a.client ? { email: a.client.email, name: a.client.name } : null,
    state: a.state,
    lastClientReplyAt: iso(a.lastClientReplyAt),
    daysSinceClientReply: a.daysSinceClientReply,
    workingDaysSinceClientReply: a.workingDaysSinceClientReply,
    waitingSince: iso(a.waitingSince),
    daysWaiting: a.daysWaiting,
    workingDaysWaiting: a.workingDaysWaiting,
    lastMyMessageAt: iso(a.lastMyMessageAt),
    followUpsSent: a.followUpsSent,
    followUpAts: a.followUpAts.map((ms) => iso(ms)),
    outOfOfficeUntil: a.outOfOfficeUntil,
    promisedBy: a.promisedBy,
    typicalReplyDays: round(a.typicalReplyDays),
    // 'mine' | 'client' when the thread is settled (nobody owes an answer), else null.
    settledBy: a.settledBy,
    register: a.register,
    openQuestion: a.openQuestion,
    messages: a.messages.map((m) => ({
      messageId: m.id,
      date: iso(t.dates.get(m.id) ?? null),
      from: m.from,
      kind: m.kind,
      // A bulk message written by a program (bot, tracker, list manager), not a newsletter: why it is not a reply.
      robot: m.robot === true,
      outOfOfficeUntil: m.outOfOfficeUntil,
      promisedBy: m.promisedBy,
      // Human messages only: whether this one expects an answer.
      ...(m.asks === null || m.asks === undefined ? {} : { asks: m.asks }),
    })),
    nudge: t.nudge ?? null,
    alternatives: t.alternatives ?? [],
  };
}

export function analysisToJson(report: AnalysisReportInput): Record<string, unknown> {
  return {
    timeZone: report.timeZone,
    now: new Date(report.now).toISOString(),
    warnings: [...report.warnings],
    threads: report.threads.map(threadJson),
  };
}

export interface JsonReportStream {
  readonly timeZone: string;
  readonly now: number;
  readonly warnings: readonly string[];
  readonly threads: Iterable<AnalyzedThreadInput>;
}

const indented = (value: unknown, by: string): string =>
  JSON.stringify(value, null, 2).replace(/\n/g, `\n${by}`);

/**
 * The same text as JSON.stringify(analysisToJson(report), null, 2), written thread by thread: memory does
 * not grow with the output. `write` resolves when the text may be followed by more (stream back-pressure).
 */
export async function writeJsonReport(
  report: JsonReportStream,
  write: (text: string) => Promise<void>,
): Promise<void> {
  const head = [
    '{',
    `  "timeZone": ${JSON.stringify(report.timeZone)},`,
    `  "now": ${JSON.stringify(new Date(report.now).toISOString())},`,
    `  "warnings": ${indented([...report.warnings], '  ')},`,
    '  "threads": [',
  ].join('\n');
  let buffer = head;
  let first = true;
  for (const t of report.threads) {
    buffer += `${first ? '\n' : ',\n'}    ${indented(threadJson(t), '    ')}`;
    first = false;
    if (buffer.length > 65_536) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(`${buffer}${first ? ']' : '\n  ]'}\n}\n`);
}
