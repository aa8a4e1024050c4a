import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneEditCost, oneEditLengthChange, typingCost, withinOneEdit } from './typing-cost.js';

describe('typing cost', () => {
  it('costs a dropped, doubled or swapped letter or a neighbouring key less than an arbitrary change', () => {
    expect(['acepted', 'acccepted', 'acecpted', 'accwpted'].map((typed) => withinOneEdit(typed, 'accepted'))).toEqual([true, true, true, true]);
    expect(typingCost('accwpted', 'accepted')).toBeLessThan(typingCost('accxpted', 'accepted'));
    expect(withinOneEdit('acxzpted', 'accepted')).toBe(false);
  });

  // typo looks for a near miss only among words whose length is within oneEditLengthChange.
  it('never puts words further apart in length than oneEditLengthChange within one edit', () => {
    const letters = fc.string({ unit: fc.constantFrom(...'abcdeilmnoprstuy'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(letters, fc.array(fc.nat(), { minLength: oneEditLengthChange + 1, maxLength: oneEditLengthChange + 3 }), (word, places) => {
        // Each added letter doubles the one before it where it can: the cheapest way to lengthen a word.
        let longer = word;
        for (const p of places) {
          const at = p % (longer.length + 1);
          longer = longer.slice(0, at) + (longer[at - 1] ?? longer[0]!) + longer.slice(at);
        }
        expect(typingCost(word, longer, oneEditCost)).toBeGreaterThan(oneEditCost);
        expect(typingCost(longer, word, oneEditCost)).toBeGreaterThan(oneEditCost);
      }),
      { numRuns: 2000 },
    );
    expect(oneEditLengthChange).toBe(2);
    expect(withinOneEdit('accepted', 'acccepptted')).toBe(false);
    expect(withinOneEdit('accepted', 'acccepted')).toBe(true);
  });
});
