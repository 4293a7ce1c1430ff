// Throughput of `npm run analyze` over a generated 10,000-message mbox: child process and in-process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyzeMailPaths, analyzeThreads } from '../analyze/analyze-mail';
import { parseArgs } from '../analyze/parse-args';
import { Progress } from '../analyze/progress';
import { toMailMessage } from '../../mail/to-mail-message';
import { BENCH_NOW, TIME_ZONE } from './core-input';
import { ME, syntheticThread, toMbox } from './synthetic-mail';
import { timeMs } from './timing';

const ROOT = path.resolve(__dirname, '../..');
const TSX_CLI = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

export interface AnalyzeRow {
  readonly messages: number;
  readonly threads: number;
  readonly mboxBytes: number;
  /** Wall time of the child process, including Node and tsx start-up. */
  readonly cliMs: number;
  /** Wall time of `analyze --help`: start-up alone. */
  readonly startupMs: number;
  /** Messages the CLI reported in its JSON (must be every message). */
  readonly cliMessages: number;
  /** analyzeMailPaths in this process: read, parse (postal-mime), group, analyse. */
  readonly inProcessMs: number;
  /** analyzeThreads alone on already-parsed threads: the core's share. */
  readonly coreMs: number;
}

function runCli(args: readonly string[]): { ms: number; stdout: string } {
  let result!: ReturnType<typeof spawnSync>;
  const ms = timeMs(() => {
    result = spawnSync(process.execPath, [TSX_CLI, path.join(ROOT, 'scripts/analyze.ts'), ...args], {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
  });
  if (result.status !== 0)
    throw new Error(`analyze exited ${result.status}: ${String(result.stderr).slice(0, 500)}`);
  return { ms, stdout: String(result.stdout) };
}

function countMessages(json: string): number {
  const report = JSON.parse(json) as { threads: { messages: unknown[] }[] };
  return report.threads.reduce((sum, t) => sum + t.messages.length, 0);
}

export async function benchAnalyze(threads = 400, perThread = 25): Promise<AnalyzeRow> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fuc-bench-'));
  try {
    const generated = Array.from({ length: threads }, (_, i) =>
      syntheticThread({ index: i, messages: perThread, newestAt: BENCH_NOW - (i % 30) * 86_400_000 }),
    );
    const mbox = path.join(dir, 'bench.mbox');
    writeFileSync(mbox, toMbox(generated), 'latin1');
    const now = new Date(BENCH_NOW).toISOString();
    const args = ['--me', ME.email, '--now', now, '--tz', TIME_ZONE, '--format', 'json', mbox];
    const startupMs = runCli(['--help']).ms;
    const cli = runCli(args);
    // The CLI's own parser, so the in-process run gets exactly the options the child process got.
    const defaults = { now: BENCH_NOW, timeZone: TIME_ZONE, isTty: false, locale: 'en' };
    const options = parseArgs(args, defaults);
    const started = performance.now();
    const report = await analyzeMailPaths(options, new Progress(null));
    for (const t of report.threads) void t;
    const inProcessMs = performance.now() - started;
    const plain = generated.map((t) => ({
      key: t.key,
      subject: t.subject,
      messages: t.messages.map((m) => toMailMessage(m)),
    }));
    const coreMs = timeMs(() => analyzeThreads(plain, options));
    return {
      messages: threads * perThread,
      threads,
      mboxBytes: statSync(mbox).size,
      cliMs: cli.ms,
      startupMs,
      cliMessages: countMessages(cli.stdout),
      inProcessMs,
      coreMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
