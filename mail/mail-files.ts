// Finds the mail files behind the paths given (an .eml, an .mbox, or a folder of .eml) and their sizes.
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { MailFileError } from './parsed-mail';

export interface MailFile {
  readonly path: string;
  readonly bytes: number;
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

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    throw new MailFileError(file, error);
  }
}

/** Every file to read, in order; a folder without .eml files becomes a warning. */
export async function listMailFiles(paths: readonly string[], warnings: string[]): Promise<MailFile[]> {
  const out: MailFile[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch (error) {
      throw new MailFileError(p, error);
    }
    const files = info.isDirectory() ? await emlFilesUnder(p) : [p];
    if (info.isDirectory() && files.length === 0) warnings.push(`${p}: folder holds no .eml files`);
    for (const file of files) out.push({ path: file, bytes: await sizeOf(file) });
  }
  return out;
}
