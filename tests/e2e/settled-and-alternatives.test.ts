// The settled card and the suggested alternatives in a real browser, on a small mbox written for it.
import * as path from 'node:path';
import {
  clickSidebarButton,
  expectText,
  openThread,
  screenshot,
  sidebar,
  type PreviewPage,
  usePreviewOnDemand,
} from './preview-harness';

const MBOX = path.join(__dirname, '..', 'fixtures', 'threads', 'settled-and-formal.mbox');
const ARGS = [
  '--mbox',
  MBOX,
  '--me',
  'giulia@studioverdi.it',
  '--now',
  '2026-11-24T10:00:00+01:00',
  '--tz',
  'Europe/Rome',
];

const openPreviewWith = usePreviewOnDemand();
let preview: PreviewPage;
beforeEach(async () => {
  preview = await openPreviewWith(ARGS);
});

describe('a settled thread in the preview', () => {
  it('says nothing is pending and offers "I\'m still waiting for an answer"', async () => {
    const { page } = preview;
    await openThread(page, 'Logo definitivo');
    const card = sidebar(page).locator('.card');
    await expectText(card, 'Nothing pending: your last message asked for nothing');
    await screenshot(sidebar(page), 'sidebar-settled', true);
    await clickSidebarButton(page, "I'm still waiting for an answer");
    await expectText(sidebar(page).locator('.card'), /Waiting on Marco/);
    await screenshot(sidebar(page), 'sidebar-still-waiting');
  });

  it("says when the client's reply needs no answer", async () => {
    const { page } = preview;
    await openThread(page, "Maquettes de l'appli");
    await expectText(sidebar(page).locator('.card'), "Julien's reply needs no answer");
  });
});

describe('the alternatives in the preview', () => {
  it('shows the formal check-in with my question and the other replies', async () => {
    const { page } = preview;
    await openThread(page, 'Messestand Köln');
    const card = sidebar(page).locator('.card');
    await expectText(card, 'Passt der Umfang zu Ihren Vorstellungen?');
    await expectText(card, 'Other replies');
    await expectText(card, 'A plan that works even without a reply');
    await card.getByText('Other replies').scrollIntoViewIfNeeded();
    await screenshot(sidebar(page), 'sidebar-alternatives', true);
  });
});

describe('the settled card in every interface language', () => {
  it.each([
    ['it', 'Niente in sospeso', 'Aspetto ancora una risposta'],
    ['es', 'Nada pendiente', 'Sigo esperando una respuesta'],
    ['fr', 'Rien en attente', "J'attends encore une réponse"],
    ['de', 'Nichts offen', 'Ich warte noch auf eine Antwort'],
  ])('speaks %s', async (locale, line, button) => {
    await preview.close();
    preview = await openPreviewWith([...ARGS, '--locale', locale]);
    const { page } = preview;
    await openThread(page, 'Logo definitivo');
    await expectText(sidebar(page).locator('.card'), line);
    await expectText(sidebar(page).locator('.card'), button);
    await screenshot(sidebar(page), `sidebar-settled-${locale}`);
  });
});
