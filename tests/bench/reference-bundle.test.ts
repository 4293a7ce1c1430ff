// The reference script for cold load: exactly the requested size, valid JavaScript, plain functions.
import * as vm from 'node:vm';
import { referenceBundle } from '../../scripts/bench/reference-bundle';

describe('the reference bundle', () => {
  it.each([10_000, 130_157, 153_600])('is exactly %i bytes long', (bytes) => {
    expect(Buffer.byteLength(referenceBundle(bytes), 'utf8')).toBe(bytes);
  });

  it('runs in a bare vm context and exports its functions, which compute', () => {
    const context = vm.createContext({});
    vm.runInContext(referenceBundle(20_000), context);
    const all = vm.runInContext('Reference', context) as ((a: number, b: number) => unknown)[];
    expect(all.length).toBeGreaterThan(100);
    expect(all[0]!(1, 1)).toBe(3 ^ (3 >>> 3));
  });
});
