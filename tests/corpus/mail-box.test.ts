import { analyzeThread } from '../../src/core/analyze-thread';
import { classifyMessage } from '../../src/core/message/message-kind';
import { intlLocalDateOf } from '../../src/core/local-date';
import { groupThreads } from '../../mail/group-threads';
import { toMailMessage } from '../../mail/to-mail-message';
import { describeCorpus, readCorpusFile } from './corpus-files';

const me = { primary: 'markov@atcomputing.nl', aliases: [], colleaguesCountAsMe: false, myName: 'Mark' };
const calendar = {
  timeZone: 'Europe/Amsterdam',
  localDateOf: intlLocalDateOf,
  workingDays: [1, 2, 3, 4, 5] as const,
  holidays: new Set<string>(),
};

describeCorpus('Mail-Box mailing-list mbox', () => {
  it('groups replies by References into their threads', async () => {
    const threads = groupThreads(await readCorpusFile('mail-box/mbox.src'));
    const conversion = threads.find((t) =>
      t.messages.some((m) => m.messageId === '20000209154405.C265@better.net'),
    );
    expect(conversion?.messages.length).toBeGreaterThanOrEqual(3);
    expect(
      conversion?.messages.every((m) => /File Conversion From HTML to PS and TIFF/i.test(m.subject)),
    ).toBe(true);
    expect(threads.length).toBeLessThan(45);
  });

  it('never takes human list mail for an auto-reply or a bounce', async () => {
    const messages = (await readCorpusFile('mail-box/mbox.src')).map((p) => toMailMessage(p));
    expect(messages).toHaveLength(45);
    const kinds = messages.map((m) => classifyMessage(m, me));
    expect(kinds.filter((k) => k === 'auto-reply' || k === 'bounce')).toEqual([]);
  });

  it('analyses every thread without error and with working days never above days', async () => {
    const threads = groupThreads(await readCorpusFile('mail-box/mbox.src'));
    for (const t of threads) {
      const a = analyzeThread({
        thread: { id: t.key, subject: t.subject, messages: t.messages.map((p) => toMailMessage(p)) },
        identity: me,
        calendar: { ...calendar, workingDays: [...calendar.workingDays] },
        now: Date.parse('2000-03-01T12:00:00Z'),
      });
      expect(a.messages).toHaveLength(t.messages.length);
      expect(a.workingDaysSinceClientReply ?? 0).toBeLessThanOrEqual(a.daysSinceClientReply ?? 0);
    }
  });

  it('puts my replies after the messages they answer although the other clock ran 20 minutes fast', async () => {
    const threads = groupThreads(await readCorpusFile('mail-box/mbox.src'));
    const skewed = threads.find((t) =>
      t.messages.some((m) => m.messageId === '20000614181741.J22766@atcmpg.ATComputing.nl'),
    );
    expect(skewed).toBeDefined();
    const a = analyzeThread({
      thread: {
        id: skewed!.key,
        subject: skewed!.subject,
        messages: skewed!.messages.map((p) => toMailMessage(p)),
      },
      identity: me,
      calendar: { ...calendar, workingDays: [...calendar.workingDays] },
      now: Date.parse('2000-06-20T12:00:00Z'),
    });
    // The answer dated 18:17 (+0200) replies to Cristy's message dated 16:34 UTC (18:34 +0200).
    const order = a.messages.map((m) => m.id);
    expect(order.indexOf('20000614181741.J22766@atcmpg.ATComputing.nl')).toBeGreaterThan(
      order.indexOf('200006141634.e5EGYfI19547@mystic.es.dupont.com'),
    );
    expect(a.messages.at(-1)?.kind).toBe('me');
    expect(a.state).not.toBe('awaiting-me');
  });
});
