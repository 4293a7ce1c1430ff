// Settings, the homepage and Calendar reminders through the preview page, in a real browser.
import {
  clickSidebarButton,
  expectCount,
  expectText,
  openThread,
  screenshot,
  sidebar,
  expectToast,
  type PreviewPage,
  usePreviewPerTest,
} from './preview-harness';

const current = usePreviewPerTest();

async function openSettings(preview: PreviewPage): Promise<void> {
  await preview.page.locator('#btn-settings').click();
  await preview.page.waitForSelector('#sidebar[aria-busy="false"] .card[data-card-name="settings"]');
}

describe('Settings in the preview', () => {
  it('saves a new name and the next suggestion is signed with it', async () => {
    const { page } = current();
    await openSettings(current());
    await screenshot(sidebar(page), 'sidebar-settings', true);
    await sidebar(page).locator('input[data-name="myName"]').fill('Giulia B. from Studio Bianchi');
    await sidebar(page).getByRole('button', { name: 'Save' }).click();
    await expectToast(page, 'Settings saved');
    await openThread(page, 'Brand guidelines proposal');
    await sidebar(page)
      .locator('.text-paragraph', { hasText: 'Giulia B. from Studio Bianchi' })
      .first()
      .waitFor({ state: 'visible' });
  });

  it('refuses an invalid reminder time with a message naming the field, and keeps the saved value', async () => {
    const { page } = current();
    await openSettings(current());
    await sidebar(page).locator('input[data-name="myName"]').fill('Giulia Bianchi, Studio');
    await sidebar(page).locator('input[data-name="reminderTime"]').fill('25:99');
    await sidebar(page).getByRole('button', { name: 'Save' }).click();
    const message = await expectToast(page, /Reminder time/);
    expect(message).not.toMatch(/undefined/);
    // The card comes back with the message right under the refused field and every entry as typed.
    const time = sidebar(page).locator('input[data-name="reminderTime"]');
    expect(await time.inputValue()).toBe('25:99');
    expect(await sidebar(page).locator('input[data-name="myName"]').inputValue()).toBe(
      'Giulia Bianchi, Studio',
    );
    const fieldBox = (await time.boundingBox())!;
    const warning = sidebar(page)
      .locator('.text-paragraph', { hasText: /Reminder time/ })
      .first();
    await warning.waitFor({ state: 'visible' });
    const warningBox = (await warning.boundingBox())!;
    expect(warningBox.y).toBeGreaterThan(fieldBox.y);
    expect(warningBox.y - (fieldBox.y + fieldBox.height)).toBeLessThan(80);
    await screenshot(page, 'settings-invalid', true);
    await page.locator('#btn-home').click();
    await openSettings(current());
    expect(await sidebar(page).locator('input[data-name="reminderTime"]').inputValue()).toBe('09:30');
  });
});

describe('Calendar reminders in the preview', () => {
  it('puts a reminder for the suggested date in the calendar panel', async () => {
    const { page } = current();
    await openThread(page, 'Brand guidelines proposal');
    await clickSidebarButton(page, /^Remind me/);
    const event = page.locator('#calendar-panel .calendar-event');
    await expectCount(event, 1);
    await expectText(event, 'Brand guidelines proposal');
    // 10:00 on the suggested day: the next quarter hour at least an hour ahead.
    await expectText(event, '23 Nov 2026, 11:00');
    await screenshot(page, 'reminder-set', true);
  });

  it('moves the reminder to the date chosen in the date picker, keeping one event', async () => {
    const { page } = current();
    await openThread(page, 'Brand guidelines proposal');
    await clickSidebarButton(page, /^Remind me/);
    await expectCount(page.locator('#calendar-panel .calendar-event'), 1);
    await sidebar(page).locator('input[type="date"]').first().fill('2026-11-26');
    await sidebar(page).locator('input[type="date"]').first().dispatchEvent('change');
    await clickSidebarButton(page, /^(Move the reminder|Use this date)/);
    const event = page.locator('#calendar-panel .calendar-event');
    await expectCount(event, 1);
    await expectText(event, '26 Nov 2026');
  });
});

describe('the homepage in the preview', () => {
  it('lists a thread once it has been opened, with a way to reach Settings', async () => {
    const { page } = current();
    await openThread(page, 'Brand guidelines proposal');
    await page.locator('#btn-home').click();
    await page.waitForSelector('#sidebar[aria-busy="false"] .card[data-card-name="home"]');
    await expectText(sidebar(page).locator('.card'), 'Sarah Collins');
    await screenshot(sidebar(page), 'sidebar-home', true);
  });
});
