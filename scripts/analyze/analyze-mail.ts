// Reads mail files as a stream, groups them into threads and analyses every thread, sharing reply times per client.
import { listMailFiles } from '../../mail/mail-files';
import { parseMessage } from '../../mail/parse-message';
import { placeOf } from '../../mail/read-mail';
import type { ParsedMail } from '../../mail/parsed-mail';
import { MessagePlaces } from '../../mail/message-places';
import { MessageReader, scanMailFiles, type MessageRef } from '../../mail/scan-mail';
import { labelOf, ThreadIndex, type LabelKind, type ThreadGroups } from '../../mail/thread-index';
import { readThreadingHeaders } from '../../mail/threading-headers';
import { threadOf } from '../../mail/group-threads';
import { toMailMessage } from '../../mail/to-mail-message';
import type { AnalyzeOptions } from './parse-args';
import { KeptOnDisk } from './kept-threads';
import { calendarFor, finishThreads, threadAnalyzer, type ThreadInput } from './thread-analysis';
import type { AnalyzedThreadInput } from './to-json';
import type { Progress } from './progress';

export { analyzeThreads } from './thread-analysis';

export interface StreamedReport {
  readonly timeZone: string;
  readonly now: number;
  /** Complete before the first thread is produced: reading and analysing are done by then. */
  readonly warnings: readonly string[];
  readonly threadCount: number;
  /** Each thread as it is finished: iterate once, writing it out as it comes. */
  readonly threads: Iterable<AnalyzedThreadInput>;
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * First look: every message's threading headers, streamed; only places and ids are kept, and the ids only
 * until the threads are known (the index is dropped when this returns).
 */
async function indexMessages(
  options: AnalyzeOptions,
  warnings: string[],
  progress: Progress,
): Promise<{ groups: ThreadGroups; refs: MessagePlaces; minYear: number | null }> {
  const files = await listMailFiles(options.paths, warnings);
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  progress.start(total);
  const index = new ThreadIndex();
  const refs = new MessagePlaces();
  let done = 0;
  let minYear = Infinity;
  for (const file of files) {
    for await (const { ref, stored, fileBytesRead } of scanMailFiles([file], warnings)) {
      // The header block as stored is all the first look needs (mboxrd quoting only touches bodies).
      const { headers, warnings: cut, hasHeader, year } = readThreadingHeaders(stored);
      const place = placeOf(ref.source);
      warnings.push(...cut.map((w) => `${place}: ${w}`));
      if (!hasHeader) warnings.push(`${place} skipped, malformed: no header fields found`);
      else {
        index.add(headers);
        refs.add(ref, Number(ref.source.slice(ref.source.lastIndexOf('#') + 1)) || 1);
        if (year !== null && year < minYear) minYear = year;
      }
      progress.reading(refs.size, done + fileBytesRead);
    }
    done += file.bytes;
  }
  return { groups: index.groups(), refs, minYear: Number.isFinite(minYear) ? minYear : null };
}

/**
 * Each message of a thread read again and parsed; the group's label is read from its first message's
 * header block as the first look read it (no third read).
 */
async function parseAll(
  refs: readonly MessageRef[],
  kind: LabelKind,
  reader: MessageReader,
  warnings: string[],
): Promise<{ parsed: ParsedMail[]; label: string | null }> {
  const parsed: ParsedMail[] = [];
  let label: string | null = null;
  for (const [n, ref] of refs.entries()) {
    const place = placeOf(ref.source);
    try {
      const warn = (w: string) => warnings.push(`${place}: ${w}`);
      const bytes = reader.load(ref);
      if (n === 0 && kind !== null) label = labelOf(kind, readThreadingHeaders(bytes).headers);
      parsed.push(await parseMessage(bytes, ref.source, { warn, keepRaw: false }));
    } catch (error) {
      warnings.push(`${place} skipped, malformed: ${reasonOf(error)}`);
    }
  }
  return { parsed, label };
}

/** The whole run: read (streamed), then each thread read again, parsed and analysed, then written out. */
export async function analyzeMailPaths(options: AnalyzeOptions, progress: Progress): Promise<StreamedReport> {
  const warnings: string[] = [];
  const { groups, refs, minYear } = await indexMessages(options, warnings, progress);
  const calendar = calendarFor(options, minYear);
  const analyzer = threadAnalyzer(options, calendar, new KeptOnDisk());
  const reader = new MessageReader();
  let messages = 0;
  let bytes = 0;
  try {
    for (let g = 0; g < groups.count; g += 1) {
      const members = Array.from(groups.members(g), (i) => refs.get(i));
      const { parsed, label } = await parseAll(members, groups.kind(g), reader, warnings);
      messages += members.length;
      bytes += members.reduce((sum, r) => sum + r.length, 0);
      if (parsed.length > 0) analyzer.add(toThreadInput(threadOf(label, parsed)));
      progress.analysing(analyzer.count, groups.count, messages, bytes);
    }
  } finally {
    reader.close();
    progress.done();
  }
  return {
    timeZone: options.timeZone,
    now: options.now,
    warnings,
    threadCount: analyzer.count,
    threads: finishThreads(analyzer, options, calendar),
  };
}

function toThreadInput(t: ReturnType<typeof threadOf>): ThreadInput {
  return { key: t.key, subject: t.subject, messages: t.messages.map((p) => toMailMessage(p)) };
}
