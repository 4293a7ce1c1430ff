import { MessagePlaces } from '../../mail/message-places';
import type { MessageRef } from '../../mail/scan-mail';

const ref = (file: string, offset: number, length: number, mbox = true): MessageRef => ({
  file,
  offset,
  length,
  mbox,
  source: mbox ? `${file}#?` : file,
});

describe('MessagePlaces', () => {
  it('gives back each place with its number in its mbox, past skipped messages and 4 GiB offsets', () => {
    const places = new MessagePlaces();
    const added: [MessageRef, number][] = [
      [ref('a.mbox', 10, 100), 1],
      [ref('a.mbox', 200, 50), 2],
      [ref('a.mbox', 2 ** 32 - 1, 7), 4],
      [ref('a.mbox', 2 ** 32 + 5, 9), 5],
      [ref('a.mbox', 3 * 2 ** 32 + 1, 4_000_000_000), 6],
      [ref('b.eml', 0, 300, false), 1],
      [ref('c.mbox', 5, 1), 1],
      [ref('c.mbox', 9, 1), 3],
    ];
    for (const [r, n] of added) places.add(r, n);
    expect(places.size).toBe(added.length);
    expect(Array.from({ length: places.size }, (_, i) => places.get(i))).toEqual(
      added.map(([r, n]) => ({ ...r, source: r.mbox ? `${r.file}#${n}` : r.file })),
    );
  });
});
