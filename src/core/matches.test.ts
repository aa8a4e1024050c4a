import { describe, expect, it } from 'vitest';
import { matchesOf } from './matches.js';

const found = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], ...m.slice(1)]);

describe('matchesOf', () => {
  const cases: [RegExp, string][] = [
    [/\p{L}+/gu, 'Jan von Löwenstein, 12 Äpfel'],
    [/(\w)(\d)?/g, 'a1 b c2'],
    // Empty matches move on one character, a whole code point in Unicode mode.
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/(?:)/g, 'a😀b'],
    [/\b/g, 'two words'],
    [/a/gy, 'aab'],
    [/^- (\S+)/gm, '- one\n- two\nthree'],
    [/z/g, 'no match'],
    [/(?:)/g, ''],
  ];
  for (const [pattern, text] of cases) {
    it(`finds what matchAll finds: ${pattern} in ${JSON.stringify(text)}`, () => {
      const expected = found(text.matchAll(pattern));
      expect(found(matchesOf(pattern, text))).toEqual(expected);
      expect(pattern.lastIndex).toBe(0);
    });
  }

  it('keeps its place when the loop body reads another text with the same pattern', () => {
    const word = /\p{L}+/gu;
    const seen: string[] = [];
    for (const m of matchesOf(word, 'one two three')) {
      seen.push(m[0]);
      for (const inner of matchesOf(word, 'x y')) seen.push(inner[0]);
    }
    expect(seen).toEqual(['one', 'x', 'y', 'two', 'x', 'y', 'three', 'x', 'y']);
  });

  it('starts at the pattern\'s lastIndex and leaves it as it was, as matchAll does', () => {
    const pattern = /\w+/g;
    pattern.lastIndex = 4;
    expect(found(matchesOf(pattern, 'one two three'))).toEqual([[4, 'two'], [8, 'three']]);
    expect(pattern.lastIndex).toBe(4);
  });

  it('refuses a pattern without the global flag, as matchAll does', () => {
    expect(() => [...matchesOf(/a/, 'a')]).toThrow(/global/);
  });
});
