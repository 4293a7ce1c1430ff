// Each surface's error card speaks of that surface, in each interface language.
import { homepageEvent } from '../../emulator/events';
import { uiText, UI_LANGUAGES } from '../../src/core/i18n';
import { cardTexts, json, startAddon } from '../support/addon';

const NOW = '2026-11-23T10:00:00+01:00';

async function failingAddon() {
  const addon = await startAddon({ now: NOW });
  // Every handler starts with the one properties read: make it fail as Apps Script's quota does.
  addon.emulator.faults.inject('Properties.getProperties', 'quota', 100);
  return addon;
}

const pushed = (response: unknown) =>
  (response as { renderActions: { action: { navigations: { pushCard: unknown }[] } } }).renderActions.action
    .navigations[0]?.pushCard;

describe('error cards', () => {
  it.each(UI_LANGUAGES)(
    'name the homepage, Settings or the card that failed, never the thread (%s)',
    async (language) => {
      const addon = await failingAddon();
      const text = uiText(language);
      const event = homepageEvent({ userLocale: language });
      const homepage = cardTexts(json(addon.bundle.call('onHomepage', event)));
      expect(homepage).toContain(text.errorHomepage);
      const settings = cardTexts(pushed(json(addon.bundle.call('onSettings', event))));
      expect(settings).toContain(text.errorSettings);
      const help = cardTexts(pushed(json(addon.bundle.call('onHelp', event))));
      expect(help).toContain(text.errorPage);
      for (const texts of [homepage, settings, help]) {
        expect(texts).toContain(text.errorTitle);
        expect(texts).not.toContain(text.errorThread);
      }
    },
  );

  it('keep the thread’s wording for the sidebar', async () => {
    const addon = await failingAddon();
    const card = json(
      addon.bundle.call('onGmailMessageOpen', {
        commonEventObject: { userLocale: 'en' },
        gmail: { messageId: 'msg-f:1', threadId: 'thread-f:1', accessToken: 't' },
      }),
    );
    expect(cardTexts(card)).toContain(uiText('en').errorThread);
  });

  it('are written in five languages, each its own', () => {
    const homepage = new Set(UI_LANGUAGES.map((l) => uiText(l).errorHomepage));
    const settings = new Set(UI_LANGUAGES.map((l) => uiText(l).errorSettings));
    expect(homepage.size).toBe(5);
    expect(settings.size).toBe(5);
  });
});
