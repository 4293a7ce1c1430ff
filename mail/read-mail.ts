// Reads .eml files, .mbox files and folders of .eml into ParsedMail, turning bad messages into warnings.
import { listMailFiles } from './mail-files';
import type { ParsedMail } from './parsed-mail';
import { parseMessage } from './parse-message';
import { messageBytes, scanMailFiles } from './scan-mail';
import { readThreadingHeaders } from './threading-headers';

export { MailFileError } from './parsed-mail';
export type { MailThread, ParsedMail } from './parsed-mail';

export interface ReadMailResult {
  messages: ParsedMail[];
  warnings: string[];
}

/** "thread.mbox#3" → "thread.mbox: message 3"; an .eml stays as named. */
export function placeOf(source: string): string {
  const hash = source.lastIndexOf('#');
  return hash === -1 ? `${source}: message 1` : `${source.slice(0, hash)}: message ${source.slice(hash + 1)}`;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Each path is an .eml, an .mbox, or a folder searched recursively for .eml files. Holds every message
 * (the preview and tests); the CLI streams instead (scripts/analyze/analyze-mail.ts).
 */
export async function readMailPaths(paths: string[]): Promise<ReadMailResult> {
  const out: ReadMailResult = { messages: [], warnings: [] };
  const files = await listMailFiles(paths, out.warnings);
  for await (const scanned of scanMailFiles(files, out.warnings)) {
    const { ref } = scanned;
    const bytes = messageBytes(scanned);
    const place = placeOf(ref.source);
    const { warnings, hasHeader } = readThreadingHeaders(bytes);
    out.warnings.push(...warnings.map((w) => `${place}: ${w}`));
    try {
      if (!hasHeader) throw new Error('no header fields found');
      out.messages.push(
        await parseMessage(bytes, ref.source, { warn: (w) => out.warnings.push(`${place}: ${w}`) }),
      );
    } catch (error) {
      out.warnings.push(`${place} skipped, malformed: ${reasonOf(error)}`);
    }
  }
  return out;
}
