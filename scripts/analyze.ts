// `npm run analyze`: the thread analysis on .eml / .mbox files, as a table or JSON (exit 2 usage, 1 unreadable file).
import { intlLocalDateOf } from '../src/core/local-date';
import { MailFileError } from '../mail/read-mail';
import { analyzeMailPaths } from './analyze/analyze-mail';
import { parseArgs, USAGE, UsageError } from './analyze/parse-args';
import { analysisToJson } from './analyze/to-json';
import { analysisToTable } from './analyze/to-table';

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
    const report = await analyzeMailPaths(options);
    const text =
      options.format === 'json'
        ? JSON.stringify(analysisToJson(report), null, 2)
        : analysisToTable(report, intlLocalDateOf);
    process.stdout.write(`${text}\n`);
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
