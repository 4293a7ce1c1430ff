// Stored settings parsed field by field: a bad field gets its default alone and is named.
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parseStoredSettings } from '../../src/store/settings-store';

const stored = (fields: Record<string, unknown>) => JSON.stringify({ ...DEFAULT_SETTINGS, ...fields });

describe('reading stored settings', () => {
  it('keeps the valid fields and defaults only a reminder time that is not HH:MM', () => {
    const { settings, resetFields } = parseStoredSettings(
      stored({ myName: 'Giulia Bianchi', tone: 'formal', reminderTime: '9h30' }),
    );
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, myName: 'Giulia Bianchi', tone: 'formal' });
    expect(resetFields).toEqual(['reminderTime']);
  });

  it('defaults a single ladder number out of bounds and keeps its neighbours', () => {
    const ladder = { ...DEFAULT_SETTINGS.ladder, firstWaitWorkingDays: 5, closeLoopWorkingDays: 400 };
    const { settings, resetFields, problem } = parseStoredSettings(stored({ ladder }));
    expect(settings.ladder).toEqual({ ...DEFAULT_SETTINGS.ladder, firstWaitWorkingDays: 5 });
    expect(resetFields).toEqual(['closeLoopWorkingDays']);
    expect(problem).toMatch(/closeLoopWorkingDays/);
  });

  it('names every bad field when several are wrong at once', () => {
    const { settings, resetFields } = parseStoredSettings(
      stored({ aliases: ['not an address'], workingDays: [], language: 'la', myName: 'Luca' }),
    );
    expect([...resetFields].sort()).toEqual(['aliases', 'language', 'workingDays']);
    expect(settings.myName).toBe('Luca');
  });

  it('reports nothing reset for valid settings', () => {
    expect(parseStoredSettings(stored({ myName: 'Anna' }))).toEqual({
      settings: { ...DEFAULT_SETTINGS, myName: 'Anna' },
      problem: null,
      resetFields: [],
    });
  });

  it('resets everything, and says so, only when the value is not a JSON object', () => {
    expect(parseStoredSettings('{broken').resetFields).toEqual(['settings']);
    expect(parseStoredSettings('"text"').settings).toEqual(DEFAULT_SETTINGS);
  });
});
