// The printed report: one Markdown table per measure, then the budgets with their verdicts.
import { CALLBACK_LIMIT_MS, TIME_MARGIN } from './budgets';
import type { BudgetResult } from './check-budgets';
import { round } from './check-budgets';
import type { BenchResults } from './figures';
import { growth } from './figures';
import { int, kb, markdownTable, ms, pct, perService } from './markdown-table';
import { scaleSection } from './scale-report';

function bundleSection({ bundle: b }: BenchResults): string {
  return markdownTable(
    ['bundle', 'value'],
    [
      ['dist/Code.js size (minified)', `${int(b.bytes)} bytes (${kb(b.bytes)})`],
      [`cold load: compile + run in a fresh vm context, median of ${b.runs}`, ms(b.coldLoadMs)],
      ['  of which compile', ms(b.compileMs)],
      [`reference script of plain functions, ${int(b.referenceBytes)} bytes`, ms(b.referenceMs)],
      ['cold load / reference', `${b.ratio.toFixed(2)} x`],
      ['fresh context + emulated services (not in cold load)', ms(b.contextMs)],
    ],
  );
}

function sidebarSection(r: BenchResults): string {
  const counts = markdownTable(
    ['messages', 'open', 'remote', 'remote by service', 'local', 'local by service'],
    r.sidebar.flatMap((row) =>
      (['first', 'repeat'] as const).map((which) => {
        const o = row[which];
        return [
          int(row.messages),
          which,
          int(o.remote),
          perService(o.byService, 'remote'),
          int(o.local),
          perService(o.byService, 'local'),
        ];
      }),
    ),
  );
  const times = markdownTable(
    [
      'messages',
      'core (analyze + nudge)',
      'core per message',
      'callback, first open',
      'callback, warm median',
      'share of 30 s limit',
    ],
    r.sidebar.map((row) => {
      const worst = Math.max(row.first.ms, row.callbackWarmMs);
      return [
        int(row.messages),
        ms(row.coreMs),
        `${((1000 * row.coreMs) / row.messages).toFixed(1)} µs`,
        ms(row.first.ms),
        ms(row.callbackWarmMs),
        pct(worst, CALLBACK_LIMIT_MS),
      ];
    }),
  );
  const methods = r.sidebar[r.sidebar.length - 1]?.first.remoteMethods ?? {};
  const list = Object.entries(methods)
    .map(([m, n]) => `${m} ${n}`)
    .join(', ');
  return `${counts}\n\nRemote calls of a first open: ${list}\n\n${times}\n\nCore growth (cost per message at 500 / at 50): ${growth(r.sidebar).toFixed(2)} x`;
}

function homepageSection(r: BenchResults): string {
  return markdownTable(
    [
      'tracked',
      'remote',
      'properties reads',
      'local',
      'core',
      'callback',
      'store (typical)',
      'store (longest records)',
      'largest value',
    ],
    r.homepage.map((h) => [
      int(h.tracked),
      int(h.remote),
      int(h.propertiesReads),
      int(h.local),
      ms(h.coreMs),
      ms(h.callbackMs),
      `${int(h.bytes)} B (${pct(h.bytes, h.limitBytes)})`,
      `${int(h.longestBytes)} B (${pct(h.longestBytes, h.limitBytes)})`,
      `${int(h.largestValue)} B`,
    ]),
  );
}

function analyzeSection({ analyze: a }: BenchResults): string {
  const rate = (count: number, time: number) => `${int((count * 1000) / time)} messages/s`;
  return markdownTable(
    ['analyze command', 'value'],
    [
      ['mbox', `${int(a.messages)} messages in ${int(a.threads)} threads, ${kb(a.mboxBytes)}`],
      ['messages in the JSON output', int(a.cliMessages)],
      ['child process, wall time', `${ms(a.cliMs)} → ${rate(a.messages, a.cliMs)}`],
      ['  start-up alone (analyze --help)', ms(a.startupMs)],
      ['  without start-up', rate(a.messages, a.cliMs - a.startupMs)],
      [
        'in process: read + parse + group + analyse',
        `${ms(a.inProcessMs)} → ${rate(a.messages, a.inProcessMs)}`,
      ],
      ['in process: analyse only (core)', `${ms(a.coreMs)} → ${rate(a.messages, a.coreMs)}`],
    ],
  );
}

function budgetSection(results: readonly BudgetResult[]): string {
  const verdict = { ok: 'ok', over: 'OVER (noise margin)', broken: 'BROKEN' } as const;
  return markdownTable(
    ['verdict', 'figure', 'measured', 'budget'],
    results.map((r) => [
      verdict[r.verdict],
      r.budget.figure,
      r.value === null ? 'not measured' : `${round(r.value)} ${r.budget.unit}`,
      `${r.budget.kind === 'exactly' ? '=' : '≤'} ${round(r.budget.limit)} ${r.budget.unit}${r.budget.noisy ? ` (fails > ${round(r.budget.limit * TIME_MARGIN)})` : ''}`,
    ]),
  );
}

function hostileSection({ hostile }: BenchResults): string {
  const rows = hostile.map((r) => [r.shape, kb(r.bytes), ms(r.extraMs)]);
  return markdownTable(['500 KB Cc header shape', 'size', 'extra time of the open'], rows);
}

export function renderReport(results: BenchResults, budgets: readonly BudgetResult[]): string {
  return [
    '## Bundle',
    bundleSection(results),
    '## Sidebar open (onGmailMessageOpen)',
    sidebarSection(results),
    '## Homepage (onHomepage)',
    homepageSection(results),
    '## analyze command',
    analyzeSection(results),
    '## Hostile address headers (onGmailMessageOpen)',
    hostileSection(results),
    '## analyze at Takeout scale',
    scaleSection(results.scale),
    '## Budgets',
    budgetSection(budgets),
  ].join('\n\n');
}
