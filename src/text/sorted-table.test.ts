import { describe, expect, it } from 'vitest';
import { SortedTable, sortedTableText } from './sorted-table.js';

/** The keys with a prefix, as strings made from where they stand. */
const keysWithPrefix = (table: SortedTable, prefix: string) => {
  const keys: string[] = [];
  table.eachKeyWithPrefix(prefix, (text, start, end) => keys.push(text.slice(start, end)));
  return keys;
};

describe('SortedTable', () => {
  const entries: [string, string][] = [
    ['teh', 'the'],
    ['a', '1'],
    ['accross', 'across'],
    ['ab', '2'],
    ['Zulu', 'capital sorts first'],
    ['b', '3'],
    ['abc', '4'],
  ];
  const table = new SortedTable(sortedTableText(entries));

  it('finds every key and only those', () => {
    for (const [key, value] of entries) expect(table.get(key)).toBe(value);
    for (const missing of ['', 'aa', 'abcd', 'c', 'zulu', 'te', 'tehh']) expect(table.get(missing)).toBeUndefined();
  });

  it('lists the keys with a prefix in order', () => {
    expect(keysWithPrefix(table, 'a')).toEqual(['a', 'ab', 'abc', 'accross']);
    expect(keysWithPrefix(table, 'ab')).toEqual(['ab', 'abc']);
    expect(keysWithPrefix(table, 'abc')).toEqual(['abc']);
    expect(keysWithPrefix(table, 'x')).toEqual([]);
    expect(keysWithPrefix(table, 'tehh')).toEqual([]);
  });

  it('agrees with a Map on many random keys', () => {
    const map = new Map<string, string>();
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i++) {
      const key = Array.from({ length: 1 + Math.floor(random() * 6) }, () => 'abcxyz'[Math.floor(random() * 6)]).join('');
      map.set(key, String(i));
    }
    const big = new SortedTable(sortedTableText(map));
    for (const [key, value] of map) expect(big.get(key)).toBe(value);
    expect(big.get('q')).toBeUndefined();
    for (const prefix of ['a', 'ab', 'xyz', 'zz', 'c']) expect(keysWithPrefix(big, prefix)).toEqual([...map.keys()].filter((k) => k.startsWith(prefix)).sort());
  });

  it('refuses keys that would break the lines', () => {
    expect(() => sortedTableText([['a\tb', 'x']])).toThrow(/tab or newline/);
  });
});
