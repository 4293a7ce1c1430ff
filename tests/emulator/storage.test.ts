import { createEmulator } from '../../emulator';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe('emulated PropertiesService', () => {
  it('stores strings, stringifying other values, and reports bytes used', () => {
    const emulator = createEmulator();
    const props = (emulator.globals.PropertiesService as Any).getUserProperties();
    props.setProperty('count', 3).setProperties({ tone: 'warm' });
    expect(props.getProperty('count')).toBe('3');
    expect(props.getProperties()).toEqual({ count: '3', tone: 'warm' });
    expect(emulator.properties.bytesUsed()).toBe('count3tonewarm'.length);
    expect(props.getProperty('missing')).toBeNull();
  });

  it('rejects a value over 9 KB with the real message and keeps the old value', () => {
    const props = (createEmulator().globals.PropertiesService as Any).getUserProperties();
    props.setProperty('t1', 'ok');
    expect(() => props.setProperty('t1', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(props.getProperty('t1')).toBe('ok');
  });

  it('rejects writes beyond 500 KB per store with the storage quota message', () => {
    const props = (createEmulator().globals.PropertiesService as Any).getUserProperties();
    const value = 'è'.repeat(4000); // 8000 bytes in UTF-8
    for (let i = 0; i < 63; i++) props.setProperty(`k${i}`, value);
    expect(() => props.setProperty('one-more', value)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getKeys()).toHaveLength(63);
  });

  it('shares one user store between two contexts of the same emulator', () => {
    const emulator = createEmulator();
    const other = emulator.createContextGlobals().globals;
    (emulator.globals.PropertiesService as Any).getUserProperties().setProperty('a', '1');
    expect((other.PropertiesService as Any).getUserProperties().getProperty('a')).toBe('1');
    expect(emulator.calls.byService()['Properties']).toEqual({ remote: 2, local: 0 });
  });
});

describe('emulated CacheService', () => {
  it('expires entries on the emulator clock, 600 s by default', () => {
    const emulator = createEmulator();
    const cache = (emulator.globals.CacheService as Any).getUserCache();
    cache.put('holidays-IT', '["2024-06-02"]');
    cache.put('short', 'x', 10);
    emulator.clock.advance(11_000);
    expect(cache.get('short')).toBeNull();
    expect(cache.get('holidays-IT')).toBe('["2024-06-02"]');
    emulator.clock.advance(590_000);
    expect(cache.get('holidays-IT')).toBeNull();
  });

  it('caps expiry at 6 hours and rejects keys over 250 characters', () => {
    const emulator = createEmulator();
    const cache = (emulator.globals.CacheService as Any).getScriptCache();
    cache.put('long', 'v', 99_999);
    emulator.clock.advance(21_600_000);
    expect(cache.get('long')).toBeNull();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
  });
});

describe('emulated LockService', () => {
  it('blocks a lock held by another context and times out waitLock with the real message', () => {
    const emulator = createEmulator();
    const mine = (emulator.globals.LockService as Any).getUserLock();
    const theirs = (emulator.createContextGlobals().globals.LockService as Any).getUserLock();
    expect(mine.tryLock(1000)).toBe(true);
    expect(mine.hasLock()).toBe(true);
    expect(theirs.tryLock(1000)).toBe(false);
    expect(() => theirs.waitLock(1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    mine.releaseLock();
    expect(theirs.tryLock(1000)).toBe(true);
  });

  it('throws an injected lock-timeout fault', () => {
    const emulator = createEmulator();
    emulator.faults.inject('Lock.waitLock', 'lock-timeout');
    const lock = (emulator.globals.LockService as Any).getScriptLock();
    expect(() => lock.waitLock(5000)).toThrow(/Lock timeout/);
  });
});
