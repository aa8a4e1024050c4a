import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanSet } from './span-set.js';

describe('SpanSet', () => {
  it('answers for a span of a text as a Set of the same words answers for the span sliced', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom(...'abcAB’-é'), minLength: 1, maxLength: 6 }), { maxLength: 40 }),
        fc.string({ unit: fc.constantFrom(...'abcAB’-é '), maxLength: 30 }),
        (words, text) => {
          const set = new SpanSet(64, 32);
          for (const word of words) set.add(word);
          const expected = new Set(words);
          expect(set.size).toBe(expected.size);
          for (let start = 0; start <= text.length; start++) {
            for (let end = start; end <= text.length; end++) expect(set.has(text, start, end)).toBe(expected.has(text.slice(start, end)));
          }
          for (const word of words) expect(set.has(`  ${word} `, 2, 2 + word.length)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes no word once full, nor one longer than its longest', () => {
    const set = new SpanSet(2, 5);
    for (const word of ['team', 'roadmaps', 'own', 'ship']) set.add(word);
    expect(['team', 'roadmaps', 'own', 'ship'].map((w) => set.has(w, 0, w.length))).toEqual([true, false, true, false]);
    expect(set.size).toBe(2);
  });
});
