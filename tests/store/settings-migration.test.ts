import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { migrateSettings } from '../../src/store/settings-migration';
import { parseStoredSettings } from '../../src/store/settings-store';

const version0 = {
  myName: 'Giulia Bianchi',
  aliases: 'giulia.b@gmail.com; info@studiobianchi.it',
  reminderHour: 8,
  tone: 'formal',
  firstWaitWorkingDays: 4,
  restMonths: 6,
};

describe('settings migration', () => {
  it('nests the ladder, splits the aliases and turns the reminder hour into a time', () => {
    expect(migrateSettings(version0)).toEqual({
      from: 0,
      value: {
        version: 1,
        myName: 'Giulia Bianchi',
        aliases: ['giulia.b@gmail.com', 'info@studiobianchi.it'],
        reminderTime: '08:00',
        tone: 'formal',
        ladder: { firstWaitWorkingDays: 4, restMonths: 6 },
      },
    });
  });

  it('loads version-0 settings with defaults for what they lack', () => {
    const { settings, problem } = parseStoredSettings(JSON.stringify(version0));
    expect(problem).toBeNull();
    expect(settings.ladder).toEqual({ ...DEFAULT_SETTINGS.ladder, firstWaitWorkingDays: 4, restMonths: 6 });
    expect(settings.reminderTime).toBe('08:00');
    expect(settings.version).toBe(1);
  });

  it('leaves current settings as they are', () => {
    const current = { ...DEFAULT_SETTINGS, myName: 'Luca' };
    expect(migrateSettings(current)).toEqual({ from: 1, value: current });
    expect(parseStoredSettings(JSON.stringify(current)).settings).toEqual(current);
  });

  it('falls back to defaults, saying why, for unreadable settings', () => {
    expect(parseStoredSettings('{broken').problem).toMatch(/not valid JSON/);
    expect(parseStoredSettings('[1,2]').problem).toMatch(/not an object/);
    expect(parseStoredSettings(JSON.stringify({ ...DEFAULT_SETTINGS, reminderTime: '9h' })).problem).toMatch(
      /reminderTime/,
    );
  });
});
