// Reads .eml files, .mbox files and folders of .eml into ParsedMail, turning bad messages into warnings.
import { readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { MailFileError, type ParsedMail } from './parsed-mail';
import { parseMessage } from './parse-message';
import { looksLikeMbox, splitMbox } from './split-mbox';

export { MailFileError } from './parsed-mail';
export type { MailThread, ParsedMail } from './parsed-mail';

export interface ReadMailResult {
  messages: ParsedMail[];
  warnings: string[];
}

async function emlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const sorted = entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of sorted) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await emlFilesUnder(full)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.eml')) files.push(full);
  }
  return files;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readOneFile(file: string, out: ReadMailResult): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new MailFileError(file, error);
  }
  const latin1 = bytes.toString('latin1');
  const isEml = file.toLowerCase().endsWith('.eml');
  const isMbox = !isEml && (file.toLowerCase().endsWith('.mbox') || looksLikeMbox(latin1));
  // Some .eml files keep the mbox envelope line ("From sender date") on top: drop it, keep one message.
  const single =
    isEml && looksLikeMbox(latin1) ? Buffer.from(latin1.replace(/^From [^\n]*\n/, ''), 'latin1') : bytes;
  const chunks = isMbox ? splitMbox(latin1).map((c) => Buffer.from(c, 'latin1')) : [single];
  if (isMbox && chunks.length === 0)
    out.warnings.push(`${file}: no messages found (no "From " separator line)`);
  for (let i = 0; i < chunks.length; i++) {
    const source = isMbox ? `${file}#${i + 1}` : file;
    try {
      out.messages.push(await parseMessage(chunks[i]!, source));
    } catch (error) {
      out.warnings.push(`${file}: message ${i + 1} skipped, malformed: ${reasonOf(error)}`);
    }
  }
}

/** Each path is an .eml, an .mbox, or a folder searched recursively for .eml files. */
export async function readMailPaths(paths: string[]): Promise<ReadMailResult> {
  const out: ReadMailResult = { messages: [], warnings: [] };
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch (error) {
      throw new MailFileError(p, error);
    }
    const files = info.isDirectory() ? await emlFilesUnder(p) : [p];
    if (info.isDirectory() && files.length === 0) out.warnings.push(`${p}: folder holds no .eml files`);
    for (const file of files) await readOneFile(file, out);
  }
  return out;
}
