import { ClientDelays } from '../../scripts/analyze/client-delays';
import { median } from '../../src/core/typical-reply';

describe('ClientDelays', () => {
  it('gives each client the median of every delay seen for them, over all their threads', () => {
    const delays = new ClientDelays();
    const seen = new Map<string, number[]>();
    for (let i = 0; i < 5_000; i += 1) {
      const email = `c${i % 1_234}@x.example`;
      const list = [(i * 7) % 13, i % 5 === 0 ? Number.NaN : i / 10];
      delays.add(email, list);
      seen.set(email, [...(seen.get(email) ?? []), ...list]);
    }
    delays.add('none@x.example', []);
    for (const [email, list] of seen) expect(delays.typical(email)).toBe(median(list));
    expect(delays.typical('none@x.example')).toBeNull();
    expect(delays.typical('never@x.example')).toBeNull();
    expect(() => delays.add('late@x.example', [1])).toThrow(/after typical/);
  });
});
