// The sidebar leads with the action, in the user's language, on every sample thread: in a real browser at
// 1440x900, the next step and the two main buttons are on screen without scrolling.

interface Window {
  getComputedStyle(el: never, pseudo: string): { content: string };
}
import {
  clickSidebarButton,
  expectAboveFold,
  expectFooterInView,
  expectText,
  openThread,
  screenshot,
  sidebar,
  expectToast,
  type PreviewPage,
  usePreviewOnDemand,
} from './preview-harness';

const openPreviewWith = usePreviewOnDemand();

async function open(locale: string): Promise<PreviewPage> {
  return openPreviewWith(['--locale', locale]);
}

/** [subject, the next-step line, the footer's buttons] for every sample thread, English user. */
const SAMPLES: readonly [string, RegExp, RegExp[]][] = [
  ['Preventivo sito e-commerce', /Wait: check in on Wed 25 Nov/, [/Remind me/, /Reply now/]],
  ['Brand guidelines proposal', /Check in today/, [/Reply with this/, /Remind me/]],
  ['Rinnovo contratto', /Suggest a short call today/, [/Reply with this/, /Remind me/]],
  ['Product photography', /Close the loop kindly today/, [/Reply with this/, /Remind me/]],
  ['Collaborazione per il festival', /Let it rest: check in again/, [/Check in again/]],
  ['Foto per il nuovo menù', /Reply today/, [/Remind me to reply/]],
  ['Packaging redesign', /Wait: check in on Wed 2 Dec/, [/Remind me/, /Reply now/]],
  ['Invito: presentazione', /Check the address/, [/Remind me/]],
  ['matrimonio giugno 2027', /Check in today/, [/Reply with this/, /Remind me/]],
  ['Website copy review', /Wait for an answer from Daniel: check in on Tue 1 Dec/, [/Remind me/, /Prepare/]],
];

describe('action first, on every sample thread', () => {
  it.each(SAMPLES)(
    '"%s" shows its next step and main buttons within 900 px',
    async (subject, step, buttons) => {
      const { page } = await open('en');
      await openThread(page, subject);
      const card = sidebar(page).locator('.card');
      await expectText(card, step);
      await expectAboveFold(card.locator('.decorated-text', { hasText: step }));
      await expectFooterInView(page, buttons);
    },
  );

  it('keeps the facts in one collapsed section and the text one click away while waiting', async () => {
    const { page } = await open('en');
    await openThread(page, 'Preventivo sito e-commerce');
    const card = sidebar(page).locator('.card');
    const text = card.locator('.text-paragraph', { hasText: 'Ciao Marco' });
    expect(await text.first().isVisible()).toBe(false);
    await card.locator('section', { hasText: 'Suggested text (Italian)' }).locator('.section-toggle').click();
    await text.first().waitFor({ state: 'visible' });
    await expectText(card, 'Details: replies and waiting');
    expect(await card.getByText('Usually replies within', { exact: true }).isVisible()).toBe(false);
    await screenshot(page, 'page-wait', true);
  });

  it('shows a waiting thread with "Reply with this" and "Remind me" on the first screen', async () => {
    const { page } = await open('en');
    await openThread(page, 'Brand guidelines proposal');
    await expectFooterInView(page, [/Reply with this/, /Remind me today/]);
    await screenshot(page, 'page-check-in', true);
    await screenshot(sidebar(page), 'sidebar-check-in', true);
  });

  it('says so in the headline when the message bounced, and after the loop was closed', async () => {
    const { page } = await open('en');
    await openThread(page, 'Invito: presentazione');
    await expectText(sidebar(page).locator('.card'), /bounced/);
    await expectText(sidebar(page).locator('.card'), 'Check the address (a typo?)');
    await screenshot(sidebar(page), 'sidebar-bounce', true);
    await openThread(page, 'Collaborazione per il festival');
    await expectText(sidebar(page).locator('.card'), 'You closed the loop on 20 Oct');
  });
});

/** [locale, reply button, the next step of the check-in, the toggle, the homepage's section] */
const LANGUAGES: readonly [string, string, string, string, string][] = [
  ['es', 'Responder con esto', 'Escribe para retomar el tema hoy', 'Mostrar más', 'En espera'],
  ['fr', 'Répondre avec ce texte', 'Relancez aujourd’hui', 'Afficher plus', 'En attente'],
  ['de', 'Damit antworten', 'Frag heute nach', 'Mehr anzeigen', 'Wartet'],
  ['it', 'Rispondi con questo', 'Scrivi per fare il punto oggi', 'Mostra altro', 'In attesa'],
];

describe('the interface in the user’s language', () => {
  it.each(LANGUAGES)('a %s user reads the sidebar in their language', async (locale, reply, step, toggle) => {
    const { page } = await open(locale);
    await openThread(page, 'Brand guidelines proposal');
    const card = sidebar(page).locator('.card');
    await expectText(card, step);
    await expectFooterInView(page, [reply]);
    const toggleText = await card
      .locator('.section-toggle')
      .first()
      .evaluate((el) => {
        const view = (el as unknown as { ownerDocument: { defaultView: Window } }).ownerDocument.defaultView;
        return view.getComputedStyle(el as never, '::after').content;
      });
    expect(toggleText).toContain(toggle);
    // The suggested text stays in the thread's language (English), the notes to the user do not.
    await expectText(card, 'Hi Sarah');
    await screenshot(page, `page-check-in-${locale}`, true);
  });

  it.each(LANGUAGES)(
    'a %s user reads the homepage in their language',
    async (locale, _r, _s, _t, waiting) => {
      const { page } = await open(locale);
      await openThread(page, 'Preventivo sito e-commerce');
      await page.locator('#btn-home').click();
      await page.waitForSelector('#sidebar[aria-busy="false"] .card[data-card-name="home"]');
      await expectText(sidebar(page).locator('.section-header'), waiting);
    },
  );
});

describe('tracking states and the homepage', () => {
  it('says the thread is not tracked after "Stop tracking", and tracks it again on request', async () => {
    const { page } = await open('en');
    await openThread(page, 'Brand guidelines proposal');
    await clickSidebarButton(page, 'Stop tracking this thread');
    await expectToast(page, 'no longer tracked');
    const card = sidebar(page).locator('.card');
    await expectText(card, 'This thread is not tracked');
    await expectFooterInView(page, ['Track again']);
    await screenshot(sidebar(page), 'sidebar-not-tracked', true);
    await page.locator('#btn-home').click();
    await page.waitForSelector('#sidebar[aria-busy="false"] .card[data-card-name="home"]');
    expect(await sidebar(page).locator('.card').textContent()).not.toContain('Brand guidelines proposal');
    await openThread(page, 'Brand guidelines proposal');
    await clickSidebarButton(page, 'Track again');
    await expectText(sidebar(page).locator('.card'), 'Check in today');
    await page.locator('#btn-home').click();
    await expectText(sidebar(page).locator('.card'), 'Brand guidelines proposal');
  });

  it('sorts the homepage into Due today and overdue, Your turn, Waiting and Delivery problems', async () => {
    const { page } = await open('en');
    for (const subject of [
      'Brand guidelines proposal',
      'Foto per il nuovo menù',
      'Preventivo sito e-commerce',
      'Invito: presentazione',
    ])
      await openThread(page, subject);
    await page.locator('#btn-home').click();
    await page.waitForSelector('#sidebar[aria-busy="false"] .card[data-card-name="home"]');
    const headers = sidebar(page).locator('.section-header');
    await expectText(headers, 'Delivery problems (1)');
    const all = (await headers.allTextContents()).map((h) => h.replace(/\s*\(\d+\)$/, ''));
    expect(all).toEqual(['Due today and overdue', 'Your turn', 'Waiting', 'Delivery problems']);
    await screenshot(sidebar(page), 'sidebar-home', true);
  });
});
