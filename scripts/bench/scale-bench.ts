// The analyze command at Takeout scale: generated mboxes of growing size, each run as a child process.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { BENCH_NOW, TIME_ZONE } from './core-input';
import { writeScaleMbox } from './scale-mbox';
import { ME } from './synthetic-mail';
import { timeMs } from './timing';

const ROOT = path.resolve(__dirname, '../..');
const PEAK_HOOK = path.join(__dirname, 'peak-memory.cjs');

export interface ScaleRow {
  readonly threads: number;
  readonly messages: number;
  readonly mboxBytes: number;
  /** Wall time of the whole command, start-up included (end to end, as a user waits for it). */
  readonly wallMs: number;
  /** Wall time of `analyze --help` in the same way: start-up alone. */
  readonly startupMs: number;
  /** CPU time of the child (user + system): steadier than wall time on a shared machine. */
  readonly cpuMs: number;
  readonly peakRssBytes: number;
  /** Messages listed in the JSON the command wrote: must be every message. */
  readonly outputMessages: number;
}

function analyzeCommand(args: readonly string[], stdoutFd: number | 'ignore') {
  const argv = ['--require', PEAK_HOOK, '--import', 'tsx', path.join(ROOT, 'scripts/analyze.ts'), ...args];
  return spawnSync(process.execPath, argv, {
    cwd: ROOT,
    stdio: ['ignore', stdoutFd, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Occurrences of `"messageId":` in a file, read in chunks (the JSON may be hundreds of MB). */
function countMessages(file: string): number {
  const needle = Buffer.from('"messageId":');
  const fd = openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 20);
  let count = 0;
  let carry = Buffer.alloc(0);
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      const text = Buffer.concat([carry, chunk.subarray(0, n)]);
      for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) count += 1;
      carry = text.subarray(Math.max(0, text.length - needle.length + 1));
    }
  } finally {
    closeSync(fd);
  }
  return count;
}

function figuresOf(stderr: string): { peakRssBytes: number; cpuMs: number } {
  const m = /bench-peak-rss-kb (\d+) bench-cpu-us (\d+)/.exec(stderr);
  if (!m) throw new Error(`the analyze child reported no figures: ${stderr.slice(0, 500)}`);
  return { peakRssBytes: Number(m[1]) * 1024, cpuMs: Number(m[2]) / 1000 };
}

function runSize(dir: string, threads: number, startupMs: number): ScaleRow {
  const mbox = path.join(dir, `scale-${threads}.mbox`);
  const out = path.join(dir, `scale-${threads}.json`);
  try {
    const { messages, bytes } = writeScaleMbox(mbox, threads);
    const now = new Date(BENCH_NOW).toISOString();
    const args = ['--me', ME.email, '--now', now, '--tz', TIME_ZONE, '--format', 'json', '--quiet', mbox];
    const fd = openSync(out, 'w');
    let result!: ReturnType<typeof analyzeCommand>;
    const wallMs = timeMs(() => {
      result = analyzeCommand(args, fd);
    });
    closeSync(fd);
    if (result.status !== 0)
      throw new Error(`analyze exited ${result.status}: ${result.stderr.slice(0, 500)}`);
    const outputMessages = countMessages(out);
    return {
      threads,
      messages,
      mboxBytes: bytes,
      wallMs,
      startupMs,
      outputMessages,
      ...figuresOf(result.stderr),
    };
  } finally {
    rmSync(mbox, { force: true });
    rmSync(out, { force: true });
  }
}

/** One run per size, smallest first; the mbox and the output are deleted after each run. */
export function benchScale(sizes: readonly number[], log: (line: string) => void = () => {}): ScaleRow[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'fuc-scale-'));
  try {
    let help!: ReturnType<typeof analyzeCommand>;
    const startupMs = timeMs(() => {
      help = analyzeCommand(['--help'], 'ignore');
    });
    if (help.status !== 0) throw new Error(`analyze --help exited ${help.status}`);
    return sizes.map((threads) => {
      const row = runSize(dir, threads, startupMs);
      log(`${threads} threads: ${(row.wallMs / 1000).toFixed(1)} s`);
      return row;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Cost per message (start-up left out) of `large` over that of `small`: 1 is linear, 10 would be quadratic. */
export function scaleGrowth(small: ScaleRow | undefined, large: ScaleRow | undefined): number {
  if (!small || !large || small === large) return NaN;
  const perMessage = (r: ScaleRow) => Math.max(r.wallMs - r.startupMs, 1) / r.messages;
  return perMessage(large) / perMessage(small);
}
