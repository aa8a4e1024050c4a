import { describe, expect, it } from 'vitest';
import { candidateGroups, candidateIndex, candidateIndexBytes, candidateIndexOf, letterMasks, type CandidateGroup } from './candidate-index.js';
import { SortedTable, sortedTableText } from './sorted-table.js';

const table = new SortedTable(sortedTableText(['apple', 'ample', 'ape', 'banana', 'bee', 'Zebra', 'zoo', 'apples', 'éclair'].map((w) => [w, '1'])));
const keysOf = (group: CandidateGroup | undefined) => [...(group?.starts ?? [])].map((at) => group!.text.slice(at, group!.text.indexOf('\t', at)));

describe('candidate index', () => {
  it('holds each a-z key under its first letter and length, where it stands in the table, with its letters', () => {
    const groups = candidateGroups(table.text, candidateIndex(table));
    expect(keysOf(groups('a', 5))).toEqual(['ample', 'apple']);
    expect(keysOf(groups('a', 3))).toEqual(['ape']);
    expect(keysOf(groups('a', 6))).toEqual(['apples']);
    expect(keysOf(groups('b', 3))).toEqual(['bee']);
    expect(keysOf(groups('z', 3))).toEqual(['zoo']);
    // Keys that start with no a-z letter are not indexed; nor are lengths no key has.
    expect(groups('a', 4)).toBeUndefined();
    expect(groups('Z', 5)).toBeUndefined();
    expect(groups('é', 6)).toBeUndefined();
    const group = groups('b', 6)!;
    const expected: number[] = [];
    letterMasks('banana', 0, 6, expected, 0);
    expect([group.once, group.twice, group.thrice].map((masks) => [...masks])).toEqual(expected.map((mask) => [mask]));
    const apples = groups('a', 5)!;
    expect([apples.once, apples.twice, apples.thrice].map((masks) => [...masks])).toEqual([0, 1, 2].map((k) => ['ample', 'apple'].map((w) => { const m: number[] = []; letterMasks(w, 0, 5, m, 0); return m[k]; })));
    // b, n once and more, a three times: each mask a bit per letter.
    expect(expected).toEqual([(1 << 0) | (1 << 1) | (1 << 13), (1 << 0) | (1 << 13), 1 << 0]);
  });

  it('reads back from its bytes, aligned or not', () => {
    const index = candidateIndex(table);
    const bytes = candidateIndexBytes(index);
    expect(candidateIndexOf(bytes)).toEqual(index);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(candidateIndexOf(shifted.subarray(1))).toEqual(index);
    expect(() => candidateIndexOf(bytes.subarray(0, 10))).toThrow('the suggestion index is damaged: reinstall rolelint');
  });

  it('says which key is too long for it', () => {
    expect(() => candidateIndex(new SortedTable(sortedTableText([['a'.repeat(70), '0']])))).toThrow(/`a{70}` is longer than the index has room for \(63\)/);
  });
});
