// The tone setting gained 'auto' (the new default): settings stored before keep the tone they chose.
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parseStoredSettings } from '../../src/store/settings-store';

const stored = (over: Record<string, unknown>) => JSON.stringify({ ...DEFAULT_SETTINGS, ...over });

describe('the stored tone', () => {
  it("is 'auto' for a new user", () => {
    expect(DEFAULT_SETTINGS.tone).toBe('auto');
    expect(parseStoredSettings(null).settings.tone).toBe('auto');
  });

  it('keeps a warm or formal tone saved before automatic existed, and everything else with it', () => {
    for (const tone of ['warm', 'formal'] as const) {
      const loaded = parseStoredSettings(
        stored({ version: 1, tone, myName: 'Giulia', reminderTime: '08:15' }),
      );
      expect(loaded.settings).toMatchObject({ tone, myName: 'Giulia', reminderTime: '08:15' });
      expect(loaded.problem).toBeNull();
    }
  });

  it('reads a pre-versioned object without a tone as automatic, losing nothing else', () => {
    const loaded = parseStoredSettings(JSON.stringify({ myName: 'Giulia', aliases: 'a@b.it, c@d.it' }));
    expect(loaded.settings).toMatchObject({ tone: 'auto', myName: 'Giulia', aliases: ['a@b.it', 'c@d.it'] });
  });
});
