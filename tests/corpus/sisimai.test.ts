import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { classifyMessage } from '../../src/core/message/message-kind';
import { intlLocalDateOf } from '../../src/core/local-date';
import { readReturnDate } from '../../src/core/message/return-date';
import { unquotedText } from '../../src/core/message/quoted-text';
import { toMailMessage } from '../../mail/to-mail-message';
import { CORPUS, describeCorpus, HAVE_CORPUS, readCorpusFile } from './corpus-files';

const me = { primary: 'neko@libsisimai.org', aliases: [], colleaguesCountAsMe: false, myName: 'Neko' };
const files = HAVE_CORPUS ? readdirSync(path.join(CORPUS, 'sisimai')).filter((f) => f.endsWith('.eml')) : [];

async function kindOf(file: string): Promise<string> {
  const [parsed] = await readCorpusFile(`sisimai/${file}`);
  return classifyMessage(toMailMessage(parsed!), me);
}

describeCorpus('sisimai corpus', () => {
  it.each(files.filter((f) => /^(lhost|rfc3464)-/.test(f)))('classifies %s as a bounce', async (file) => {
    expect(await kindOf(file)).toBe('bounce');
  });

  it.each(files.filter((f) => f.startsWith('rfc3834-')))('classifies %s as an auto-reply', async (file) => {
    expect(await kindOf(file)).toBe('auto-reply');
  });

  it.each(files.filter((f) => f.startsWith('is-not-bounce-')))(
    'does not take %s for automated mail',
    async (file) => {
      expect(await kindOf(file)).toBe('client');
    },
  );

  it('reads rfc3834-01 as away until 5 May 2005', async () => {
    const m = toMailMessage((await readCorpusFile('sisimai/rfc3834-01.eml'))[0]!);
    const text = `${m.subject}\n${unquotedText(m.body)}`;
    expect(readReturnDate(text, m.at, { timeZone: 'Asia/Tokyo', localDateOf: intlLocalDateOf })).toEqual({
      date: '2005-05-05',
      stale: false,
    });
  });
});
