// Locates the public fixture corpus (../shared/fixtures/public) and reads its mail through the CLI's reader.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { readMailPaths, type ParsedMail } from '../../mail/read-mail';

export const CORPUS = path.resolve(__dirname, '../../../shared/fixtures/public');
export const HAVE_CORPUS = existsSync(CORPUS);

if (!HAVE_CORPUS && process.env.REQUIRE_CORPUS === '1') {
  throw new Error(`REQUIRE_CORPUS=1 but the public fixture corpus is missing at ${CORPUS}`);
}

/** `describe` when the corpus is there, `describe.skip` otherwise (failing instead under REQUIRE_CORPUS=1). */
export const describeCorpus = HAVE_CORPUS ? describe : describe.skip;

export async function readCorpusFile(relative: string): Promise<ParsedMail[]> {
  return (await readMailPaths([path.join(CORPUS, relative)])).messages;
}
