// A plain-text table of the same facts as the JSON, for people reading a terminal.
import type { AnalysisReportInput } from './to-json';

const STATE_WORDS = {
  'awaiting-client': 'waiting on client',
  'awaiting-me': 'your turn',
  settled: 'nothing pending',
  'no-client': 'no client',
} as const;

function cell(value: string | number | null): string {
  return value === null ? '–' : String(value);
}

function row(
  t: AnalysisReportInput['threads'][number],
  timeZone: string,
  localDateOf: (ms: number, tz: string) => string,
): string[] {
  const a = t.analysis;
  const who = a.client ? a.client.name || a.client.email : '–';
  const waiting = a.daysWaiting === null ? '–' : `${a.daysWaiting} d / ${a.workingDaysWaiting} wd`;
  const lastReply =
    a.lastClientReplyAt === null
      ? '–'
      : `${localDateOf(a.lastClientReplyAt, timeZone)} (${a.daysSinceClientReply} d)`;
  const typical = a.typicalReplyDays === null ? '–' : `${a.typicalReplyDays.toFixed(1)} d`;
  return [
    who,
    a.project || '(no subject)',
    STATE_WORDS[a.state],
    waiting,
    cell(a.followUpsSent),
    lastReply,
    cell(a.outOfOfficeUntil),
    cell(a.promisedBy),
    typical,
    nextStep(t.nudge),
  ];
}

function nextStep(nudge: unknown): string {
  const n = nudge as { stage?: string; sendOn?: string } | null | undefined;
  return n?.stage && n.sendOn ? `${n.stage} ${n.sendOn}` : '–';
}

type LocalDateOf = (ms: number, tz: string) => string;

/** Columns padded to the widest cell (at most 40), a rule under the header. */
export function layout(header: readonly string[], rows: readonly string[][]): string[] {
  const all = [header as string[], ...rows];
  const widths = header.map((_, c) => {
    let w = 0;
    for (const r of all) w = Math.max(w, (r[c] as string).length);
    return Math.min(40, w);
  });
  const fit = (text: string, w: number): string =>
    text.length > w ? `${text.slice(0, w - 1)}…` : text.padEnd(w);
  const lines = all.map((r) =>
    r
      .map((v, c) => fit(v, widths[c] as number))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return lines;
}

/** "12 waiting on client · 3 your turn · …", every state named even at 0, so totals are easy to check. */
export function stateFooter(counts: ReadonlyMap<string, number>): string {
  const states = Object.keys(STATE_WORDS) as (keyof typeof STATE_WORDS)[];
  return states.map((s) => `${counts.get(s) ?? 0} ${STATE_WORDS[s]}`).join(' · ');
}

export interface TableReport {
  readonly timeZone: string;
  readonly now: number;
  readonly warnings: readonly string[];
  /** Read once, in order: rows are made as threads come. */
  readonly threads: Iterable<AnalysisReportInput['threads'][number]>;
}

export function analysisToTable(report: TableReport, localDateOf: LocalDateOf): string {
  const header = [
    'Client',
    'Project',
    'State',
    'Waiting',
    'Follow-ups',
    'Last client reply',
    'Away until',
    'Promised by',
    'Typical reply',
    'Next step',
  ];
  const rows: string[][] = [];
  const counts = new Map<string, number>();
  for (const t of report.threads) {
    rows.push(row(t, report.timeZone, localDateOf));
    counts.set(t.analysis.state, (counts.get(t.analysis.state) ?? 0) + 1);
  }
  const title = `${rows.length} thread(s), ${localDateOf(report.now, report.timeZone)} (${report.timeZone})`;
  const warnings = report.warnings.map((w) => `warning: ${w}`);
  const footer = `By state: ${stateFooter(counts)}`;
  return [
    title,
    '',
    ...layout(header, rows),
    '',
    footer,
    ...(warnings.length > 0 ? ['', ...warnings] : []),
  ].join('\n');
}
