import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo.js';

describe('boundedMemo', () => {
  it('computes each key once while it is remembered, and forgets keys unused for two generations', () => {
    const computed: string[] = [];
    const memo = boundedMemo((key) => {
      computed.push(key);
      return key.length;
    }, 2, 1);
    expect([memo('a'), memo('bb'), memo('a'), memo('bb')]).toEqual([1, 2, 1, 2]);
    expect(computed).toEqual(['a', 'bb']);
    // `ccc` fills a new generation; `a` is found in the old one and moved to the young one.
    expect([memo('ccc'), memo('a')]).toEqual([3, 1]);
    expect(computed).toEqual(['a', 'bb', 'ccc']);
    // Two more generations later `bb`, never used since, is computed again; `a` and `ccc` are still held.
    memo('dddd');
    memo('eeeee');
    expect(computed).toEqual(['a', 'bb', 'ccc', 'dddd', 'eeeee']);
    memo('bb');
    expect(computed.at(-1)).toBe('bb');
    expect(computed).toHaveLength(6);
  });

  it('answers the keys asked for last from a small map of its own, even those the generations have dropped', () => {
    const computed: string[] = [];
    const memo = boundedMemo((key) => {
      computed.push(key);
      return key.toUpperCase();
    }, 1, 3);
    // Generations of one: after `c`, the young holds `c`, the old `b`, and `a` is dropped there.
    expect([memo('a'), memo('b'), memo('c'), memo('a')]).toEqual(['A', 'B', 'C', 'A']);
    expect(computed).toEqual(['a', 'b', 'c']);
    // The small map is full: `d` starts a new one, so `a` is computed again.
    expect([memo('d'), memo('a')]).toEqual(['D', 'A']);
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'a']);
  });

  it('remembers a false answer as well as a true one', () => {
    let calls = 0;
    const memo = boundedMemo(() => (calls++, false), 10);
    memo('x');
    memo('x');
    expect(calls).toBe(1);
  });
});
