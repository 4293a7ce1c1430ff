// `npm run analyze`: the thread analysis on .eml / .mbox files, as a table or JSON (exit 2 usage, 1 unreadable file).
import { intlLocalDateOf } from '../src/core/local-date';
import { MailFileError } from '../mail/read-mail';
import { useFastBlob } from '../mail/fast-blob';
import { analyzeMailPaths } from './analyze/analyze-mail';
import { dueToJson, dueToTable } from './analyze/due-table';
import { parseArgs, USAGE, UsageError, type AnalyzeOptions } from './analyze/parse-args';
import { Progress } from './analyze/progress';
import { writeJsonReport } from './analyze/to-json';
import { analysisToTable } from './analyze/to-table';

/** Writes to stdout, waiting for the pipe to drain when it is full (a large JSON to a slow reader). */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

/** Warnings that mean "nothing was read here" also go to stderr, whatever the output format. */
function reportEmptySources(warnings: readonly string[]): void {
  for (const w of warnings) {
    if (/no messages found|holds no \.eml files|no mail found/.test(w))
      process.stderr.write(`analyze: ${w}\n`);
  }
}

async function run(options: AnalyzeOptions): Promise<void> {
  useFastBlob();
  const progress = new Progress(options.quiet || !process.stderr.isTTY ? null : process.stderr);
  const report = await analyzeMailPaths(options, progress);
  reportEmptySources(report.warnings);
  if (report.threadCount === 0)
    process.stderr.write(`analyze: no mail found in ${options.paths.join(', ')}\n`);
  if (options.format === 'json' && !options.due) return writeJsonReport(report, writeOut);
  const text =
    options.format === 'json'
      ? JSON.stringify(dueToJson(report), null, 2)
      : options.due
        ? dueToTable(report, intlLocalDateOf)
        : analysisToTable(report, intlLocalDateOf);
  await writeOut(`${text}\n`);
}

async function main(argv: readonly string[]): Promise<number> {
  const defaults = {
    now: Date.now(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    isTty: Boolean(process.stdout.isTTY),
    locale: Intl.DateTimeFormat().resolvedOptions().locale,
  };
  try {
    const options = parseArgs(argv, defaults);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    await run(options);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`analyze: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof MailFileError) {
      process.stderr.write(
        `analyze: cannot read ${error.path}: ${error.cause instanceof Error ? error.cause.message : String(error.cause)}\n`,
      );
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `analyze: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
