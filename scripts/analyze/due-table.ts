// The Monday-morning list (`--due`) as a table or as JSON, with the same footer as the full table.
import { byMostOverdue, dueThreadOf, type DueThread } from './due';
import { threadJson } from './to-json';
import { layout, stateFooter, type TableReport } from './to-table';

const STAGE_WORDS: Readonly<Record<string, string>> = {
  'check-in': 'check in',
  'change-channel': 'propose a call',
  'close-the-loop': 'close the loop',
  rest: 'check in again',
  reply: 'reply',
  wait: 'wait',
};

function collect(report: TableReport): { due: DueThread[]; counts: Map<string, number>; total: number } {
  const due: DueThread[] = [];
  const counts = new Map<string, number>();
  let total = 0;
  for (const t of report.threads) {
    total += 1;
    counts.set(t.analysis.state, (counts.get(t.analysis.state) ?? 0) + 1);
    const d = dueThreadOf(t);
    if (d) due.push(d);
  }
  return { due: due.sort(byMostOverdue), counts, total };
}

const cell = (v: number | null): string => (v === null ? '–' : String(v));

export function dueToTable(report: TableReport, localDateOf: (ms: number, tz: string) => string): string {
  const { due, counts, total } = collect(report);
  const header = ['Client', 'Project', 'Days waiting', 'Working days', 'Stage', 'Suggested date', 'Overdue'];
  const rows = due.map((d) => {
    const a = d.thread.analysis;
    return [
      a.client ? a.client.name || a.client.email : '–',
      a.project || '(no subject)',
      cell(d.days),
      cell(d.workingDays),
      STAGE_WORDS[d.nudge.stage] ?? d.nudge.stage,
      d.nudge.sendOn,
      d.overdue === 0 ? 'due today' : `${d.overdue} wd`,
    ];
  });
  const today = localDateOf(report.now, report.timeZone);
  const title = `${due.length} of ${total} thread(s) due on or before ${today} (${report.timeZone})`;
  const body =
    due.length === 0 ? ['Nothing is due: no follow-up or reply to send today.'] : layout(header, rows);
  const warnings = report.warnings.map((w) => `warning: ${w}`);
  const footer = `By state: ${stateFooter(counts)}`;
  return [title, '', ...body, '', footer, ...(warnings.length > 0 ? ['', ...warnings] : [])].join('\n');
}

/** The due threads, most overdue first, in the JSON thread shape plus `overdueWorkingDays`. */
export function dueToJson(report: TableReport): Record<string, unknown> {
  const { due } = collect(report);
  return {
    timeZone: report.timeZone,
    now: new Date(report.now).toISOString(),
    warnings: [...report.warnings],
    threads: due.map((d) => ({ ...threadJson(d.thread), overdueWorkingDays: d.overdue })),
  };
}
