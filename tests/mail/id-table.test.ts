import { int32s } from '../../mail/chunked-array';
import { IdTable } from '../../mail/id-table';

describe('IdTable', () => {
  it('numbers strings densely in order of first sight and gives the same number again', () => {
    const table = new IdTable();
    expect(table.add('a@x')).toBe(0);
    expect(table.add('b@x')).toBe(1);
    expect(table.add('a@x')).toBe(0);
    expect(table.find('b@x')).toBe(1);
    expect(table.find('c@x')).toBe(-1);
    expect(table.size).toBe(2);
  });

  it('keeps every number through many rehashes, telling apart strings that differ in one character', () => {
    const table = new IdTable();
    const ids = Array.from({ length: 200_000 }, (_, i) => `msg-${i}@host.example`);
    expect(ids.every((id, i) => table.add(id) === i)).toBe(true);
    expect(ids.every((id, i) => table.find(id) === i)).toBe(true);
    expect(table.find('msg-200000@host.example')).toBe(-1);
    expect(table.add('')).toBe(200_000);
    expect(table.add('\u0000')).toBe(200_001);
  });
});

describe('ChunkedArray', () => {
  it('grows in blocks, reads what was never set as its initial value, and lets go on clear', () => {
    const a = int32s(-1);
    expect(a.get(5)).toBe(-1);
    a.set(2_000_000, 7);
    a.set(3, -4);
    expect([a.get(2_000_000), a.get(3), a.get(1_999_999), a.get(1 << 24)]).toEqual([7, -4, -1, -1]);
    a.clear();
    expect(a.get(2_000_000)).toBe(-1);
  });
});
