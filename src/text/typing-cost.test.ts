import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneEditCost, oneEditLengthChange, typingCost, typingCostAt, withinOneEdit } from './typing-cost.js';

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

  // The scan for suggestions computes only a band of cells round the diagonal, given its bound.
  it('gives the same cost within a bound as without one, and a cost past it where the full cost is', () => {
    const word = fc.string({ unit: fc.constantFrom(...'aabcdeeilmnoprsstuy'), minLength: 0, maxLength: 14 });
    fc.assert(
      fc.property(word, word, fc.constantFrom(0, 0.5, 0.6, 1, oneEditCost, 2, 2.2, 3.1, 5), fc.string({ maxLength: 3 }), (typed, meant, max, pad) => {
        // The rows are reused: a word's costs before (zero down the diagonal) must not leak into the next.
        const same = `${typed}${meant}`;
        typingCost(same, same);
        // The meant word read where it stands in a longer text, as the scan reads it.
        const bounded = typingCostAt(typed, `${pad}${meant}${pad}`, pad.length, meant.length, max);
        const full = typingCost(typed, meant);
        if (full <= max) expect(bounded).toBe(full);
        else expect(bounded).toBeGreaterThan(max);
      }),
      { numRuns: 20_000 },
    );
    // A transposition steps over a row whose every cell costs more than the bound: `ab` for `ba`
    // costs 0.6, though each cell of its first row costs 0.7 or more.
    expect(typingCostAt('ab', 'ba', 0, 2, 0.6)).toBe(0.6);
    expect(typingCostAt('eloaaseo', 'leoaaseo', 0, 8, 0.6)).toBe(0.6);
    // Near words, so the bound is met and the band is all that is computed.
    for (const [typed, meant] of [['acceoted', 'accepted'], ['managment', 'management'], ['recieve', 'receive'], ['teh', 'the'], ['engineeer', 'engineer']]) {
      expect(typingCostAt(typed!, meant!, 0, meant!.length, 2.2)).toBe(typingCost(typed!, meant!));
    }
  });
});
