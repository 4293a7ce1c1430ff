// The Settings card and its save button through the built bundle: every field, refusals by field, no loss.
import { assertValidCard } from '../../emulator';
import { homepageEvent } from '../../emulator/events';
import type { FormValue } from '../../emulator/events';
import { LADDER_FIELDS, LADDER_LIMITS } from '../../src/core/settings';
import { cardTexts } from '../support/addon';
import { notification, setup } from './reminders-fixtures';

/** What Gmail sends for the Settings card as drawn with the defaults (unchecked switches send nothing). */
function form(overrides: Record<string, FormValue | undefined> = {}): Record<string, FormValue> {
  const base: Record<string, FormValue | undefined> = {
    myName: 'Giulia Bianchi',
    aliases: 'giulia.b@gmail.com, info@studiobianchi.it',
    workingDays: ['1', '2', '3', '4', '5'],
    holidayCountry: 'IT',
    reminderTime: '09:00',
    calendarId: 'primary',
    tone: 'formal',
    language: 'auto',
    firstWaitWorkingDays: '4',
    typicalReplyFactor: '2',
    changeChannelWorkingDays: '8',
    closeLoopWorkingDays: '15',
    restMonths: '6',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined)) as Record<
    string,
    FormValue
  >;
}

const save = { parameters: { form: 'settings' } };

describe('the Settings card', () => {
  it('shows every setting in a valid card', () => {
    const s = setup({ tracked: [] });
    const response = JSON.parse(
      JSON.stringify(s.bundle.call('onSettings', homepageEvent({ userLocale: 'en' }))),
    );
    const card = response.renderActions.action.navigations[0].pushCard;
    assertValidCard(card);
    const names = [...JSON.stringify(card).matchAll(/"name":"([^"]+)"/g)].map((m) => m[1]);
    expect(names.sort()).toEqual(
      [
        'aliases',
        'calendarId',
        'changeChannelWorkingDays',
        'closeLoopWorkingDays',
        'colleaguesCountAsMe',
        'emailReminder',
        'firstWaitWorkingDays',
        'holidayCountry',
        'language',
        'myName',
        'reminderTime',
        'restMonths',
        'settings',
        'tone',
        'typicalReplyFactor',
        'workingDays',
      ].sort(),
    );
    expect(cardTexts(card)).toContain('Public holidays of');
  });

  it('saves every field, switches included, with the schema version', () => {
    const s = setup({ tracked: [] });
    const result = s.click('onSaveSettings', {
      ...save,
      formInputs: form({
        emailReminder: 'true',
        colleaguesCountAsMe: 'true',
        workingDays: ['1', '2', '3', '4'],
      }),
    });
    expect(notification(result)).toBe('Settings saved.');
    expect(JSON.parse(s.emulator.properties.user()['settings'] ?? '{}')).toEqual({
      version: 1,
      myName: 'Giulia Bianchi',
      aliases: ['giulia.b@gmail.com', 'info@studiobianchi.it'],
      colleaguesCountAsMe: true,
      workingDays: [1, 2, 3, 4],
      reminderTime: '09:00',
      holidayCountry: 'IT',
      ladder: {
        firstWaitWorkingDays: 4,
        typicalReplyFactor: 2,
        changeChannelWorkingDays: 8,
        closeLoopWorkingDays: 15,
        restMonths: 6,
      },
      tone: 'formal',
      language: 'auto',
      emailReminder: true,
      calendarId: 'primary',
    });
  });

  it('turns a switch off when Gmail sends nothing for it', () => {
    const s = setup({ tracked: [], settings: { emailReminder: true } });
    s.click('onSaveSettings', { ...save, formInputs: form() });
    expect(JSON.parse(s.emulator.properties.user()['settings'] ?? '{}').emailReminder).toBe(false);
  });

  it.each([
    [
      'reminderTime',
      '9.30',
      'Reminder time (HH:MM): use HH:MM on a 24-hour clock, for example 09:30. Nothing was saved.',
    ],
    [
      'firstWaitWorkingDays',
      'tre',
      'Working days before the first check-in: write a whole number from 1 to 30. Nothing was saved.',
    ],
    [
      'restMonths',
      '48',
      'Months of rest before checking in again: write a whole number from 1 to 24. Nothing was saved.',
    ],
    [
      'aliases',
      'giulia at gmail',
      'Your other addresses (aliases), comma-separated: write full addresses such as anna@example.com, at most 20. Nothing was saved.',
    ],
    ['workingDays', undefined, 'Working days: choose at least one day. Nothing was saved.'],
    // An empty field is the main calendar; an id longer than Google's is refused.
    [
      'calendarId',
      'c'.repeat(201),
      'Calendar for reminders: leave it empty for your main calendar, or write a calendar id. Nothing was saved.',
    ],
  ])(
    'refuses a wrong %s with a message naming the field, keeping the stored settings byte for byte',
    (field, value, message) => {
      const s = setup({ tracked: [], settings: { myName: 'Giulia', reminderTime: '08:45' } });
      const before = s.emulator.properties.user()['settings'];
      const result = s.click('onSaveSettings', { ...save, formInputs: form({ [field]: value }) });
      expect(notification(result)).toBe(message);
      expect(s.emulator.properties.user()['settings']).toBe(before);
    },
  );

  it('shows a refusal on the card right under its field, with every entry as typed', () => {
    const s = setup({ tracked: [], settings: { myName: 'Giulia', reminderTime: '08:45' } });
    const typed = form({ myName: 'Giulia B.', firstWaitWorkingDays: '1e1', tone: 'warm' });
    const result = JSON.parse(JSON.stringify(s.click('onSaveSettings', { ...save, formInputs: typed })));
    const card = result.renderActions.action.navigations[0].updateCard;
    assertValidCard(card);
    const widgets = card.sections.flatMap((section: { widgets: unknown[] }) => section.widgets);
    const at = widgets.findIndex(
      (w: { textInput?: { name: string } }) => w.textInput?.name === 'firstWaitWorkingDays',
    );
    expect(widgets[at].textInput.value).toBe('1e1');
    expect(widgets[at + 1].textParagraph.text).toContain('Nothing was saved.');
    const value = (name: string) =>
      widgets.find((w: { textInput?: { name: string } }) => w.textInput?.name === name);
    expect(value('myName').textInput.value).toBe('Giulia B.');
    expect(JSON.stringify(card)).toMatch(/"text":"Warm[^"]*","value":"warm","selected":true/);
    expect(s.emulator.properties.user()['settings']).toContain('"myName":"Giulia"');
  });

  it('refuses in Italian for an Italian user', () => {
    const s = setup({ tracked: [], locale: 'it' });
    const result = s.click('onSaveSettings', { ...save, formInputs: form({ reminderTime: '25:00' }) });
    expect(notification(result)).toBe(
      'Orario del promemoria (HH:MM): usa il formato HH:MM sulle 24 ore, per esempio 09:30. Non è stato salvato nulla.',
    );
    expect(s.emulator.properties.user()['settings']).toBeUndefined();
  });

  it('keeps the stored settings when the user lock is busy, and says so', () => {
    const s = setup({ tracked: [], settings: { myName: 'Giulia' } });
    const before = s.emulator.properties.user()['settings'];
    s.emulator.locks.user = 'another-sidebar';
    const result = s.click('onSaveSettings', { ...save, formInputs: form() });
    expect(notification(result)).toMatch(/Nothing was lost/);
    expect(s.emulator.properties.user()['settings']).toBe(before);
  });

  it('says the store is full when the save is refused and nothing can be pruned', () => {
    const s = setup({ tracked: [], settings: { myName: 'Giulia' } });
    const before = s.emulator.properties.user()['settings'];
    s.emulator.faults.inject('Properties.setProperties', 'storage-full', 2);
    const result = s.click('onSaveSettings', { ...save, formInputs: form() });
    expect(notification(result)).toMatch(/storage is full/);
    expect(s.emulator.properties.user()['settings']).toBe(before);
  });

  it('reads version-0 settings stored before versioning, migrated', () => {
    const s = setup({ tracked: [] });
    s.emulator.properties.stores.user.data.set(
      'settings',
      JSON.stringify({
        myName: 'Giulia',
        aliases: 'g@studiobianchi.it',
        reminderHour: 8,
        firstWaitWorkingDays: 5,
      }),
    );
    const response = JSON.parse(
      JSON.stringify(s.bundle.call('onSettings', homepageEvent({ userLocale: 'en' }))),
    );
    const card = JSON.stringify(response.renderActions.action.navigations[0].pushCard);
    expect(card).toContain('"value":"08:00"');
    expect(card).toContain('"value":"g@studiobianchi.it"');
    expect(card).toMatch(
      /"name":"firstWaitWorkingDays"[^}]*"value":"5"|"value":"5"[^}]*"name":"firstWaitWorkingDays"/,
    );
  });
});

describe('stored settings with one unreadable field', () => {
  const stored = {
    myName: 'Giulia Bianchi',
    tone: 'formal',
    reminderTime: '9h30',
    ladder: { firstWaitWorkingDays: 4, restMonths: 48 },
  };

  function settingsCard(s: ReturnType<typeof setup>) {
    const response = JSON.parse(
      JSON.stringify(s.bundle.call('onSettings', homepageEvent({ userLocale: 'en' }))),
    );
    const card = response.renderActions.action.navigations[0].pushCard;
    assertValidCard(card);
    return card;
  }

  it('keeps every readable field and names the ones reset to their defaults', () => {
    const s = setup({ tracked: [], settings: stored });
    const card = settingsCard(s);
    const text = JSON.stringify(card);
    expect(text).toContain('"value":"Giulia Bianchi"');
    expect(text).toMatch(/"name":"firstWaitWorkingDays"[^}]*"value":"4"/);
    expect(text).toMatch(/"name":"reminderTime"[^}]*"value":"09:30"/);
    expect(cardTexts(card).map((t) => t.replace(/<[^>]+>/g, ''))).toContain(
      'These saved settings could not be read and were reset to their defaults: Reminder time (HH:MM); Months of rest before checking in again. Check them and save.',
    );
  });

  it('loses none of the readable fields when a single field is then saved', () => {
    const s = setup({ tracked: [], settings: stored });
    const result = s.click('onSaveSettings', { formInputs: { reminderTime: '08:15' } });
    expect(notification(result)).toBe('Settings saved.');
    expect(JSON.parse(s.emulator.properties.user()['settings'] ?? '{}')).toMatchObject({
      myName: 'Giulia Bianchi',
      tone: 'formal',
      reminderTime: '08:15',
      ladder: { firstWaitWorkingDays: 4, restMonths: 3 },
    });
  });

  it('shows the stored tone as chosen though other fields are unreadable', () => {
    const s = setup({ tracked: [], settings: stored });
    const card = settingsCard(s);
    expect(JSON.stringify(card)).toMatch(/"text":"Formal","value":"formal","selected":true/);
  });
});

describe('the holiday country', () => {
  function holidayOptions(locale: string, settings?: Record<string, unknown>, timeZone = 'Europe/London') {
    const s = setup({ tracked: [], locale, ...(settings ? { settings } : {}) });
    const response = JSON.parse(
      JSON.stringify(s.bundle.call('onSettings', homepageEvent({ userLocale: locale, timeZone }))),
    );
    const text = JSON.stringify(response.renderActions.action.navigations[0].pushCard);
    const widget = text.slice(text.indexOf('"name":"holidayCountry"') - 2000);
    return [...widget.matchAll(/"text":"([^"]+)","value":"([^"]*)","selected":(true|false)/g)]
      .map(([, label, value, selected]) => ({ label, value, selected: selected === 'true' }))
      .filter((o) => o.value === 'auto' || o.value === 'none' || /^[A-Z]{2}$/.test(o.value ?? ''));
  }

  it("offers the time zone's country first, selected by default, and an explicit none", () => {
    const options = holidayOptions('en-GB');
    expect(options.slice(0, 2)).toEqual([
      { label: 'From my time zone: United Kingdom', value: 'auto', selected: true },
      { label: 'None (weekends only)', value: 'none', selected: false },
    ]);
    expect(holidayOptions('it', undefined, 'Europe/Rome')[0]?.label).toBe(
      'In base al mio fuso orario: Italia',
    );
    expect(holidayOptions('en', undefined, 'Europe/Amsterdam')[0]?.label).toBe(
      'From my time zone: Netherlands',
    );
  });

  it('shows an explicit none as chosen', () => {
    const options = holidayOptions('en', { holidayCountry: 'none' });
    expect(options.find((o) => o.selected)?.value).toBe('none');
  });

  it.each([
    ['auto', ''],
    ['none', 'none'],
    ['de', 'DE'],
  ])('stores the choice %s as %j', (choice, storedValue) => {
    const s = setup({ tracked: [], settings: { holidayCountry: 'IT' } });
    const result = s.click('onSaveSettings', { ...save, formInputs: form({ holidayCountry: choice }) });
    expect(notification(result)).toBe('Settings saved.');
    expect(JSON.parse(s.emulator.properties.user()['settings'] ?? '{}').holidayCountry).toBe(storedValue);
  });
});

describe('the bounds of the ladder numbers', () => {
  it.each(LADDER_FIELDS.map((field) => [field, LADDER_LIMITS[field]] as const))(
    'quotes the schema bounds of %s in the hint and in the refusal',
    (field, { min, max }) => {
      const s = setup({ tracked: [] });
      const result = s.click('onSaveSettings', { ...save, formInputs: form({ [field]: String(max + 1) }) });
      expect(notification(result)).toContain(`from ${min} to ${max}`);
      const accepted = s.click('onSaveSettings', { ...save, formInputs: form({ [field]: String(max) }) });
      expect(notification(accepted)).toBe('Settings saved.');
      const response = JSON.parse(
        JSON.stringify(s.bundle.call('onSettings', homepageEvent({ userLocale: 'en' }))),
      );
      expect(JSON.stringify(response)).toContain(`${min} to ${max} (default `);
    },
  );
});
