// Threads where only programs answered me: the sidebar names nobody to wait on (built bundle, emulator).
import { readCorpusFile, describeCorpus } from '../corpus/corpus-files';
import type { MailSpec } from '../support/mail-builder';
import { cardTexts, startAddon } from '../support/addon';

const mark = 'Mark Overmeer <markov@atcomputing.nl>';
const NOBODY = 'Nobody to wait on here';

const trackerThread: MailSpec[] = [
  {
    id: 'report',
    from: mark,
    to: 'Magick <magick-bugs@tracker.example.org>',
    date: '2026-10-01T10:00:00+02:00',
    subject: 'Annotate problems',
    body: 'Annotate draws the text twice when the pointsize is above 40. Can you look at it?\nMark',
  },
  {
    id: 'ack',
    from: 'magick-bugs@tracker.example.org',
    to: mark,
    date: '2026-10-01T10:01:00+02:00',
    subject: 'Re: Annotate problems (PR#298)',
    inReplyTo: 'report',
    headers: { 'X-Loop': 'magick-bugs@tracker.example.org' },
    body: 'Thank you for submitting a bug report.\n\nYour bug report is available on the web at\nhttps://tracker.example.org/bugs?findid=298\n',
  },
];

const majordomoThread: MailSpec[] = [
  {
    id: 'confirm',
    from: 'Majordomo <majordomo@lists.example.org>',
    to: mark,
    date: '2026-10-05T08:55:00+02:00',
    subject: 'Confirmation for subscribe magick-developer',
    body: 'Someone (possibly you) has requested that your email address be added to magick-developer.\nTo confirm, reply with: auth 44b84310 subscribe magick-developer',
  },
  {
    id: 'auth',
    from: mark,
    to: 'Majordomo <majordomo@lists.example.org>',
    date: '2026-10-05T13:53:00+02:00',
    subject: 'Re: Confirmation for subscribe magick-developer',
    inReplyTo: 'confirm',
    body: 'auth 44b84310 subscribe magick-developer markov@atcomputing.nl',
  },
];

describe('the sidebar on threads answered only by programs', () => {
  it('names nobody to wait on when a bug tracker acknowledged my report', async () => {
    const addon = await startAddon({
      userEmail: 'markov@atcomputing.nl',
      now: '2026-11-12T10:00:00+01:00',
      threads: [trackerThread],
    });
    const texts = cardTexts(addon.open('report')).join('\n');
    expect(texts).toContain(NOBODY);
    expect(texts).not.toMatch(/Waiting on|Hi Magick/);
  });

  it('names nobody to wait on when I answered a list manager’s confirmation', async () => {
    const addon = await startAddon({
      userEmail: 'markov@atcomputing.nl',
      now: '2026-11-12T10:00:00+01:00',
      threads: [majordomoThread],
    });
    const texts = cardTexts(addon.open('auth')).join('\n');
    expect(texts).toContain(NOBODY);
    expect(texts).not.toMatch(/Waiting on|Majordomo,/);
  });
});

describeCorpus('the sidebar on the Mail-Box robots (real mail)', () => {
  it.each([
    ['the bug tracker’s "Thank you for submitting"', '200006141454.JAA14556@ns.simplesystems.org'],
    ['majordomo’s subscription confirmation', '200007080855.EAA15589@imagemagick.org'],
  ])('names nobody to wait on after %s', async (_name, messageId) => {
    const parsed = await readCorpusFile('mail-box/mbox.src');
    const addon = await startAddon({
      userEmail: 'markov@atcomputing.nl',
      now: '2000-07-26T12:00:00+02:00',
      parsed,
    });
    const ids = addon.emulator.gmail.idsOf(messageId);
    expect(ids).toBeDefined();
    const texts = cardTexts(addon.openIds(ids!)).join('\n');
    expect(texts).toContain(NOBODY);
    expect(texts).not.toMatch(/Waiting on Magick|Hi Magick/);
  });
});
