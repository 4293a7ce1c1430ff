// `npm run bench`: measures the built bundle in the emulator, prints Markdown tables, fails on a broken budget.
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchAnalyze } from './bench/analyze-bench';
import { BUDGETS, HOME_SIZES, SCALE_SIZES, THREAD_SIZES } from './bench/budgets';
import { measureBundleLoad } from './bench/bundle-load';
import { checkBudgets, exitCodeOf } from './bench/check-budgets';
import { figuresOf, type BenchResults } from './bench/figures';
import { benchHomepage } from './bench/homepage-bench';
import { benchHostileHeaders } from './bench/hostile-header-bench';
import { renderReport } from './bench/report';
import { benchScale } from './bench/scale-bench';
import { benchSidebar } from './bench/sidebar-bench';

const BUNDLE = path.resolve(__dirname, '../dist/Code.js');

function step<T>(label: string, run: () => T): T {
  const started = performance.now();
  const value = run();
  process.stderr.write(`bench: ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  return value;
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os.loadavg()[0]?.toFixed(2) ?? '?';
  return `Node ${process.version}, ${os.cpus().length} x ${cpu}, load average ${load}`;
}

async function main(): Promise<number> {
  if (!existsSync(BUNDLE)) {
    process.stderr.write('bench: dist/Code.js is missing: run `npm run build` first (npm run bench does).\n');
    return 2;
  }
  const started = performance.now();
  const bundle = step('bundle size and cold load', () => measureBundleLoad(BUNDLE));
  const sidebar = step('sidebar opens', () => THREAD_SIZES.map((n) => benchSidebar(BUNDLE, n)));
  const homepage = step('homepage', () => HOME_SIZES.map((n) => benchHomepage(BUNDLE, n)));
  const analyzeStart = performance.now();
  const analyze = await benchAnalyze();
  process.stderr.write(
    `bench: analyze command (${((performance.now() - analyzeStart) / 1000).toFixed(1)} s)\n`,
  );
  const hostile = step('hostile address headers', () => benchHostileHeaders(BUNDLE));
  const scaleStart = performance.now();
  const scale = benchScale(SCALE_SIZES, (line) => process.stderr.write(`bench: analyze at scale, ${line}\n`));
  process.stderr.write(
    `bench: analyze at scale (${((performance.now() - scaleStart) / 1000).toFixed(1)} s)\n`,
  );
  const results: BenchResults = { bundle, sidebar, homepage, analyze, hostile, scale };
  const verdicts = checkBudgets(BUDGETS, figuresOf(results));
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  process.stdout.write(`# Follow-up Coach benchmarks\n\n${machine()}; ${seconds} s in all.\n\n`);
  process.stdout.write(`${renderReport(results, verdicts)}\n`);
  const broken = verdicts.filter((v) => v.verdict !== 'ok');
  if (broken.length > 0) process.stderr.write(`\n${broken.map((v) => v.message).join('\n')}\n`);
  const code = exitCodeOf(verdicts);
  process.stderr.write(code === 0 ? 'bench: every budget holds\n' : 'bench: budgets broken (see above)\n');
  return code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
