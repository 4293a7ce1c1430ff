import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { stripQuotedReplies, stripSignature, unquotedText } from '../../src/core/message/quoted-text';
import type { ParsedMail } from '../../mail/read-mail';
import { CORPUS, describeCorpus, HAVE_CORPUS, readCorpusFile } from './corpus-files';

const dir = path.join(CORPUS, 'talon');
const names = HAVE_CORPUS
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => f.slice(0, -4))
  : [];

/** Trailing spaces and blank lines are not part of what a person wrote. */
const tidy = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();

function expectedReply(name: string): string {
  const file = path.join(dir, `${name}_reply_text`);
  return existsSync(file) ? readFileSync(file, 'utf8') : 'Hello';
}

/**
 * The reply text as written. postal-mime unfolds format=flowed text without looking at quote depth, so
 * "> Hi " followed by "Hello" becomes "> Hi Hello" (RFC 3676 §4.5 says a change of quote depth ends the
 * paragraph). The only flowed fixture is a single 7-bit text/plain part: its raw body is the text itself.
 */
function replyText(parsed: ParsedMail): string {
  if (!/format="?flowed/i.test(parsed.headers['content-type'] ?? '')) return parsed.text;
  return parsed.raw.replace(/\r\n?/g, '\n').split('\n\n').slice(1).join('\n\n');
}

describeCorpus('talon replies', () => {
  it('has the twelve mail clients', () => {
    expect(names).toHaveLength(12);
  });

  it.each(names)('finds the new text of the %s reply', async (name) => {
    const [parsed] = await readCorpusFile(`talon/${name}.eml`);
    const expected = expectedReply(name);
    expect(tidy(stripQuotedReplies(replyText(parsed!)))).toBe(tidy(expected));
    expect(tidy(unquotedText(replyText(parsed!)))).toBe(tidy(stripSignature(expected)));
  });
});
