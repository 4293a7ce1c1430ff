// Writes a Takeout-like generated mbox of any size to a file, thread by thread (never all in memory).
import { closeSync, openSync, writeSync } from 'node:fs';
import { BENCH_NOW } from './core-input';
import { syntheticThread, toMbox } from './synthetic-mail';

/** Threads of 2 to 11 messages (6.5 on average), newest messages spread over the last 60 days. */
export function scaleThreadLength(index: number): number {
  return 2 + (index % 10);
}

export function scaleMessageCount(threads: number): number {
  let n = 0;
  for (let i = 0; i < threads; i += 1) n += scaleThreadLength(i);
  return n;
}

/** Messages of different threads interleave in a real export; here threads follow each other, as in Takeout's per-label order. */
export function writeScaleMbox(file: string, threads: number): { messages: number; bytes: number } {
  const fd = openSync(file, 'w');
  let messages = 0;
  let bytes = 0;
  let buffer = '';
  try {
    for (let i = 0; i < threads; i += 1) {
      const length = scaleThreadLength(i);
      const newestAt = BENCH_NOW - (i % 60) * 86_400_000 - (i % 7) * 3_600_000;
      buffer += toMbox([syntheticThread({ index: i, messages: length, newestAt })]);
      messages += length;
      if (buffer.length > 1 << 20) {
        bytes += writeSync(fd, buffer, null, 'latin1');
        buffer = '';
      }
    }
    bytes += writeSync(fd, buffer, null, 'latin1');
  } finally {
    closeSync(fd);
  }
  return { messages, bytes };
}
