import { readdirSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { KeptOnDisk, keptInMemory } from '../../scripts/analyze/kept-threads';

const item = (i: number) => ({
  key: `thread-${i}`,
  text: 'x'.repeat(i % 500 === 7 ? 1_500_000 : i % 300),
  dates: new Map([[`m${i}`, i % 2 === 0 ? null : i * 1000]]),
  missing: undefined,
  nested: { list: [i, -i / 3, 'è€😀'] },
});

describe('KeptOnDisk', () => {
  it('gives back every item in order, items larger than its buffer included, and leaves no file behind', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fuc-kept-test-'));
    try {
      const kept = new KeptOnDisk<ReturnType<typeof item>>(dir);
      const memory = keptInMemory<ReturnType<typeof item>>();
      for (let i = 0; i < 2_000; i += 1) {
        kept.push(item(i));
        memory.push(item(i));
      }
      expect(readdirSync(dir)).toEqual([]);
      expect(kept.count).toBe(2_000);
      // v8.deserialize makes Maps of Node's own realm, which jest's equality does not accept: compare as text.
      const back = [...kept.items()];
      const text = (list: unknown[]) =>
        JSON.stringify(list, (_, v: unknown) =>
          v instanceof Map || v?.constructor?.name === 'Map'
            ? [...(v as Map<unknown, unknown>)]
            : v === undefined
              ? 'undefined'
              : v,
        );
      expect(text(back)).toBe(text([...memory.items()]));
      expect(back[1]?.dates.get('m1')).toBe(1000);
      expect(back.every((b) => 'missing' in b)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives nothing back when nothing was kept', () => {
    expect([...new KeptOnDisk().items()]).toEqual([]);
  });
});
