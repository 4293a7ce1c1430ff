// Stop tracking / Track again through the built bundle: the card says which state the thread is in, and the
// homepage follows at once.
import type { MailSpec } from '../support/mail-builder';
import { assertValidCard } from '../../emulator';
import { cardTexts, startAddon } from '../support/addon';

const giulia = 'Giulia Bianchi <giulia@studiobianchi.it>';
const marco = 'Marco Verdi <marco.verdi@verdi-arredi.it>';
const MONDAY = '2026-11-23T10:00:00+01:00';

const thread: MailSpec[] = [
  {
    id: 's1',
    from: marco,
    to: giulia,
    date: '2026-11-02T09:12:00+01:00',
    subject: 'Allestimento stand',
    body: 'Ciao Giulia, ci mandi un preventivo per lo stand? Marco',
  },
  {
    id: 's2',
    from: giulia,
    to: marco,
    date: '2026-11-16T17:30:00+01:00',
    subject: 'Re: Allestimento stand',
    body: 'Ciao Marco,\necco il preventivo per lo stand. Ti torna?\nGiulia',
    inReplyTo: 's1',
  },
];

type Update = {
  renderActions: { action: { navigations: { updateCard: unknown }[]; notification: { text: string } } };
};

describe('tracking states', () => {
  it('says the thread is not tracked after "Stop tracking" and offers "Track again" in the footer', async () => {
    const addon = await startAddon({ now: MONDAY, threads: [thread] });
    addon.open('s2');
    const ids = addon.emulator.gmail.idsOf('s2@test.example')!;
    const result = addon.action('onStopTracking', { ...ids, parameters: { t: ids.threadId } }) as Update;
    const card = result.renderActions.action.navigations[0]?.updateCard as { fixedFooter?: unknown };
    assertValidCard(card);
    const texts = cardTexts(card).join('\n');
    expect(texts).toContain('This thread is not tracked');
    expect(JSON.stringify(card.fixedFooter)).toContain('Track again');
    expect(texts).not.toMatch(/Reply with this|Stop tracking this thread/);
    expect(cardTexts(addon.homepage()).join('\n')).not.toContain('Allestimento stand');
    expect(cardTexts(addon.open('s2')).join('\n')).toContain('This thread is not tracked');
  });

  it('tracks the thread again after "Track again": the card counts it and the homepage lists it', async () => {
    const addon = await startAddon({ now: MONDAY, threads: [thread] });
    addon.open('s2');
    const ids = addon.emulator.gmail.idsOf('s2@test.example')!;
    addon.action('onStopTracking', { ...ids, parameters: { t: ids.threadId } });
    const result = addon.action('onTrackAgain', { ...ids, parameters: { t: ids.threadId } }) as Update;
    expect(result.renderActions.action.notification.text).toBe('This thread is tracked again.');
    const card = result.renderActions.action.navigations[0]?.updateCard;
    assertValidCard(card);
    expect(cardTexts(card).join('\n')).not.toContain('This thread is not tracked');
    expect(cardTexts(card).join('\n')).toContain('Waiting on Marco');
    expect(cardTexts(addon.homepage()).join('\n')).toContain('Allestimento stand');
    expect(cardTexts(addon.open('s2')).join('\n')).not.toContain('This thread is not tracked');
  });
});
