// The progress line of a long run, on stderr, only on an interactive terminal (and never with --quiet).

export interface ProgressStream {
  write(text: string): unknown;
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(bytes < 10 * 1_048_576 ? 1 : 0)} MB`;
}

export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * Every byte is read twice (threading headers first, then each thread's messages in full): the share done
 * counts both looks, and the time left follows from the time spent on that share.
 */
export class Progress {
  private total = 0;
  private started = 0;
  private lastDraw = -Infinity;
  private drawn = false;
  private phase: 'reading' | 'analysing' = 'reading';
  private phaseStarted = 0;

  constructor(
    private readonly stream: ProgressStream | null,
    private readonly clockMs: () => number = () => performance.now(),
    private readonly everyMs = 200,
  ) {}

  start(totalBytes: number): void {
    this.total = totalBytes;
    this.started = this.clockMs();
    this.phaseStarted = this.started;
  }

  reading(messages: number, bytes: number): void {
    this.draw(bytes, () => `reading: ${int(messages)} messages`, messages);
  }

  analysing(threads: number, ofThreads: number, messages: number, bytes: number): void {
    if (this.phase === 'reading') {
      this.phase = 'analysing';
      this.phaseStarted = this.clockMs();
    }
    this.draw(
      this.total + bytes,
      () => `analysing: ${int(threads)} of ${int(ofThreads)} threads, ${int(messages)} messages`,
      messages,
    );
  }

  private draw(doneBytes: number, what: () => string, messages: number): void {
    if (this.stream === null) return;
    const now = this.clockMs();
    if (now - this.lastDraw < this.everyMs) return;
    this.lastDraw = now;
    this.stream.write(`\r${this.line(doneBytes, what(), messages, now)}\x1b[K`);
    this.drawn = true;
  }

  /** The line itself (tests read it): what, rate, share of bytes, time left. */
  line(doneBytes: number, what: string, messages: number, now: number): string {
    const seconds = (now - this.started) / 1000;
    const phaseSeconds = (now - this.phaseStarted) / 1000;
    const share = this.total === 0 ? 1 : Math.min(1, doneBytes / (2 * this.total));
    const rate = phaseSeconds > 0 ? `${int(messages / phaseSeconds)} msg/s` : '– msg/s';
    const left =
      share > 0.01 && seconds > 0 ? `${clock((seconds * (1 - share)) / share)} left` : 'estimating…';
    return `analyze: ${what}, ${rate}, ${Math.floor(share * 100)}% of ${megabytes(this.total)}, ${left}`;
  }

  done(): void {
    if (this.stream !== null && this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
