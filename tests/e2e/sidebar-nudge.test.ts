// The sidebar on the sample threads, in a real browser: status line, suggestion, "Reply with this" and the draft.
import { expectText, openThread, screenshot, sidebar, usePreviewPerTest } from './preview-harness';

const current = usePreviewPerTest();

describe('a waiting thread in the preview', () => {
  it('shows who we wait on for how long, counted to the fixed sample date', async () => {
    const { page } = current();
    await openThread(page, 'Brand guidelines proposal');
    const card = sidebar(page).locator('.card');
    await expectText(card.locator('.card-title'), /^Sarah Collins$/);
    await expectText(card, 'Waiting on Sarah for 7 days · 5 working days');
  });

  it('suggests a check-in for today with a text addressed to the client and a "Reply with this" button', async () => {
    const { page } = current();
    await openThread(page, 'Brand guidelines proposal');
    const card = sidebar(page).locator('.card');
    await expectText(card, 'Check in today');
    await card.locator('.text-paragraph', { hasText: 'Sarah' }).first().waitFor({ state: 'visible' });
    await card.getByRole('button', { name: 'Reply with this' }).first().waitFor({ state: 'visible' });
  });

  it('opens the draft reply in the compose panel after "Reply with this", addressed to the client', async () => {
    const { page } = current();
    await openThread(page, 'Brand guidelines proposal');
    const suggestion =
      (await sidebar(page).locator('.text-paragraph', { hasText: 'Hi Sarah' }).first().textContent()) ?? '';
    // The fixed footer's "Reply with this" drafts the recommended text (the other replies have their own).
    await sidebar(page).locator('.card-footer').getByRole('button', { name: 'Reply with this' }).click();
    const compose = page.locator('#compose');
    await compose.first().waitFor({ state: 'visible' });
    await expectText(compose.locator('.compose-to'), 'sarah.collins@northwindtea.co.uk');
    await expectText(compose.locator('.compose-subject'), 'Re: Brand guidelines proposal');
    const body = await compose.locator('.compose-body').inputValue();
    // The card shows line breaks as <br>, the draft as newlines: compare the words only.
    const words = (text: string) => text.replace(/\s+/g, '');
    expect(suggestion.length).toBeGreaterThan(100);
    expect(words(body)).toContain(words(suggestion));
    await screenshot(page, 'compose-draft', true);
  });

  it('proposes a call once the check-in went unanswered for 7 working days', async () => {
    const { page } = current();
    await openThread(page, 'Rinnovo contratto di manutenzione 2027');
    const card = sidebar(page).locator('.card');
    await expectText(card, 'Suggest a short call today');
    await expectText(card, '12 working days since your check-in');
    await screenshot(sidebar(page), 'sidebar-change-channel', true);
  });

  it('writes the nudge in Italian when the client wrote in Italian', async () => {
    const { page } = current();
    await openThread(page, 'matrimonio giugno 2027');
    const card = sidebar(page).locator('.card');
    await expectText(card, 'Suggested text (Italian)');
    // Formal register in the thread ('Gentile Francesca, Le invio…'): the formal text.
    await expectText(card.locator('.text-paragraph'), /Gentile Francesca|Ciao Francesca/);
    await screenshot(sidebar(page), 'sidebar-italian', true);
  });
});

describe('threads that are not a plain wait', () => {
  it('tells the user it is their turn when the client wrote last', async () => {
    const { page } = current();
    await openThread(page, 'Foto per il nuovo menù');
    await expectText(sidebar(page).locator('.card'), 'Luca wrote last');
    await screenshot(sidebar(page), 'sidebar-reply', true);
  });

  it('postpones the nudge until the client is back from an absence announced by an auto-reply', async () => {
    const { page } = current();
    await openThread(page, 'Packaging redesign');
    const card = sidebar(page).locator('.card');
    await expectText(card, 'Anna is back on Tue 1 Dec');
    await expectText(card, '1 automated message ignored');
    await screenshot(sidebar(page), 'sidebar-out-of-office', true);
  });

  it('stops suggesting emails once the loop is closed', async () => {
    const { page } = current();
    await openThread(page, 'Collaborazione per il festival');
    await expectText(sidebar(page).locator('.card'), 'No more emails');
  });

  it('recognises the alias declared in the sample settings as the user, not as the client', async () => {
    const { page } = current();
    await openThread(page, 'matrimonio giugno 2027');
    const card = sidebar(page).locator('.card');
    await expectText(card.locator('.card-title'), /^Francesca Galli$/);
    await expectText(card, 'Waiting on Francesca for');
  });
});
