// Reads the preview's threads: the shipped samples, or the user's mbox export; problems become clear errors.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { groupThreads } from '../mail/group-threads';
import { MailFileError, readMailPaths, type MailThread } from '../mail/read-mail';

export const SAMPLES_DIR = path.join(__dirname, 'samples');

/** A problem the user can fix (missing file, empty export): printed as one line, exit code 1. */
export class PreviewError extends Error {
  override readonly name = 'PreviewError';
}

export interface SampleProfile {
  readonly me: string;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly now: string;
  readonly timeZone: string;
  /** The sample user's Gmail locale ("it"): the preview's interface language unless --locale is given. */
  readonly locale?: string;
}

export function readSampleProfile(dir = SAMPLES_DIR): SampleProfile {
  return JSON.parse(readFileSync(path.join(dir, 'settings.json'), 'utf8')) as SampleProfile;
}

export interface LoadedMail {
  readonly threads: MailThread[];
  readonly warnings: readonly string[];
}

export async function loadThreads(source: string): Promise<LoadedMail> {
  let result;
  try {
    result = await readMailPaths([source]);
  } catch (error) {
    if (error instanceof MailFileError) {
      const code = (error.cause as { code?: string } | undefined)?.code;
      const why =
        code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : error.message;
      throw new PreviewError(`Cannot read mail from ${source}: ${why}.`);
    }
    throw error;
  }
  if (result.messages.length === 0) {
    const detail = result.warnings.length > 0 ? ` (${result.warnings.join('; ')})` : '';
    throw new PreviewError(
      `No messages found in ${source}${detail}. Is it an .mbox export or a folder of .eml files?`,
    );
  }
  return { threads: groupThreads(result.messages), warnings: result.warnings };
}
