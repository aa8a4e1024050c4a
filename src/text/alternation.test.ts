import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternationTest, distributed } from './alternation.js';
import { requirementSentences, sectionTitleCues } from '../document/section-cues.data.js';

const patterns: [string, RegExp][] = [['requirementSentences', requirementSentences], ...Object.entries(sectionTitleCues).map(([k, v]): [string, RegExp] => [`sectionTitleCues.${k}`, v])];

describe('alternationTest', () => {
  it('gives a shared group between shared edges as one alternative each, and leaves other patterns whole', () => {
    expect(distributed('\\b(?:ab|c(?:d|e)|[|)])\\b|x')).toEqual(['\\b(?:ab)\\b', '\\b(?:c(?:d|e))\\b', '\\b(?:[|)])\\b', 'x']);
    expect(distributed('(?:a|b)c')).toEqual(['(?:a|b)c']);
    expect(alternationTest(/\b(?:ab|cd)\b/i)('x CD y')).toBe(true);
    expect(alternationTest(/\b(?:ab|cd)\b/i)('abcd')).toBe(false);
    // A back-reference is tested whole: its group's number is the pattern's.
    expect(alternationTest(/(a)|b\1/)('b')).toBe(true);
  });

  it('answers as the whole pattern on texts of its own words, in any case', () => {
    for (const [name, pattern] of patterns) {
      const split = alternationTest(pattern);
      const pieces = [...new Set(pattern.source.match(/[\p{L}']+/gu) ?? [])];
      const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(' ', '.', ',', ':', 'You', 'the', '5+ years', 'Ü')), { maxLength: 10 }).map((parts) => parts.join(' '));
      fc.assert(
        fc.property(text, (t) => {
          expect({ name, t, found: split(t) }).toEqual({ name, t, found: pattern.test(t) });
        }),
        { numRuns: 400, seed: 11 },
      );
    }
  });
});
