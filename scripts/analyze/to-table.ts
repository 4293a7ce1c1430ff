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

export function analysisToTable(
  report: AnalysisReportInput,
  localDateOf: (ms: number, tz: string) => string,
): string {
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
  const rows = [header, ...report.threads.map((t) => row(t, report.timeZone, localDateOf))];
  const widths = header.map((_, c) => Math.min(40, Math.max(...rows.map((r) => (r[c] as string).length))));
  const fit = (text: string, w: number): string =>
    text.length > w ? `${text.slice(0, w - 1)}…` : text.padEnd(w);
  const lines = rows.map((r) =>
    r
      .map((v, c) => fit(v, widths[c] as number))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const title = `${report.threads.length} thread(s), ${localDateOf(report.now, report.timeZone)} (${report.timeZone})`;
  const warnings = report.warnings.map((w) => `warning: ${w}`);
  return [title, '', ...lines, ...(warnings.length > 0 ? ['', ...warnings] : [])].join('\n');
}
