// The reminder opened from the preview's calendar panel: its Calendar card beside it, Snooze and Done.
import {
  clickSidebarButton,
  expectCount,
  expectText,
  openThread,
  screenshot,
  sidebar,
  expectToast,
  type PreviewPage,
  usePreviewOnDemand,
} from './preview-harness';

const openPreviewWith = usePreviewOnDemand();

/** Sets a reminder from Gmail, then opens it in the calendar panel and waits for the Calendar card. */
async function openReminder(args: string[], subject: string, remindLabel: RegExp): Promise<PreviewPage> {
  const preview = await openPreviewWith(args);
  const { page } = preview;
  await openThread(page, subject);
  await clickSidebarButton(page, remindLabel);
  const event = page.locator('#calendar-panel .calendar-event');
  await expectCount(event, 1);
  await event.first().click();
  await page.waitForSelector('#sidebar[aria-busy="false"] .card[data-card-name="event"]');
  return preview;
}

describe('a reminder opened in the preview’s calendar', () => {
  it('shows the thread’s card beside it and snoozes the same event to the next working day', async () => {
    const { page } = await openReminder([], 'Brand guidelines proposal', /^Remind me (on|today|tomorrow)/);
    const card = sidebar(page).locator('.card');
    await expectText(card, 'When you last looked');
    await expectText(card, 'Sarah Collins');
    await expectText(page.locator('.event-view-title'), 'Brand guidelines proposal');
    await screenshot(page, 'calendar-card', true);
    await clickSidebarButton(page, /^Tomorrow · Tue 24 Nov/);
    expect(await expectToast(page, 'Reminder moved')).toBe('Reminder moved to Tue 24 Nov at 09:30.');
    const event = page.locator('#calendar-panel .calendar-event');
    await expectCount(event, 1);
    await expectText(event, '24 Nov 2026, 09:30');
    await expectText(card, 'Tue 24 Nov at 09:30');
    await screenshot(page, 'calendar-card-snoozed');
  });

  it('finishes the follow-up with Done: the event leaves the calendar and the card confirms it', async () => {
    const { page } = await openReminder([], 'Brand guidelines proposal', /^Remind me (on|today|tomorrow)/);
    await clickSidebarButton(page, /^Done$/);
    await expectToast(page, /^Done: the thread with Sarah Collins is no longer tracked/);
    await expectCount(page.locator('#calendar-panel .calendar-event'), 0);
    await expectText(sidebar(page).getByRole('button'), 'Open the thread');
    await screenshot(page, 'calendar-card-done');
  });

  it('speaks Italian to an Italian user, next week included', async () => {
    const { page } = await openReminder(['--locale', 'it'], 'Brand guidelines proposal', /^Ricordamelo/);
    await expectText(sidebar(page).locator('.card'), 'All’ultima apertura');
    await screenshot(page, 'calendar-card-italian');
    await clickSidebarButton(page, /^La settimana prossima · lun 30 nov/);
    await expectToast(page, /^Promemoria spostato a lun 30 nov alle 09:30/);
    await expectText(page.locator('#calendar-panel .calendar-event'), '30 Nov 2026, 09:30');
  });
});
