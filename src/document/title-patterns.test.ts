import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as roleTitles from './role-titles.data.js';
import * as sectionCues from './section-cues.data.js';

/** Every pattern of the title and section data, by name. */
const patterns: [string, RegExp][] = [
  ...Object.entries(roleTitles).filter((e): e is [string, RegExp] => e[1] instanceof RegExp),
  ...Object.entries(sectionCues).filter((e): e is [string, RegExp] => e[1] instanceof RegExp),
  ...Object.entries(sectionCues.sectionTitleCues).map(([k, v]): [string, RegExp] => [`sectionTitleCues.${k}`, v]),
  ...Object.entries(sectionCues.kindTitleCues).map(([k, v]): [string, RegExp] => [`kindTitleCues.${k}`, v]),
];

/** What only Unicode mode reads: property escapes and code point escapes. */
const needsUnicode = /\\[pP]\{|\\u\{/;

describe('title and section patterns', () => {
  it('are in Unicode mode only where they need it (case folding in it costs twice to compile and to run)', () => {
    expect(patterns.length).toBeGreaterThan(15);
    for (const [name, pattern] of patterns) expect({ name, unicode: pattern.unicode }).toEqual({ name, unicode: needsUnicode.test(pattern.source) });
  });

  it('match as their Unicode twins on texts of their own words in any case, with letters past ASCII', () => {
    for (const [name, pattern] of patterns.filter(([, p]) => !p.unicode)) {
      const twin = new RegExp(pattern.source, `${pattern.flags}u`);
      // The pattern's own words and pieces, so that texts match it often; accents and kana beside them.
      const pieces = [...new Set(pattern.source.match(/[\p{L}']+/gu) ?? [])];
      const piece = fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(' ', '-', ':', '(', ')', '/', '1', '12', 'É', 'ñ', 'Ü', 'ö', 'リ', 'ー', '\u00a0', '’'));
      const text = fc.tuple(fc.array(piece, { maxLength: 8 }), fc.array(fc.boolean(), { maxLength: 80 })).map(([parts, upper]) =>
        [...parts.join(' ')].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''),
      );
      let matched = 0;
      fc.assert(
        fc.property(text, (t) => {
          const found = pattern.test(t);
          if (found) matched++;
          // The long s (ſ) and the Kelvin sign (K) fold to s and k only in Unicode mode: no title writes them.
          expect({ name, t, found }).toEqual({ name, t, found: twin.test(t) });
        }),
        { numRuns: 300, seed: 7 },
      );
      // Texts the pattern matches, so the comparison says something (a sentence pattern needs a sentence, which random pieces seldom make).
      if (!name.endsWith('Sentences')) expect({ name, matched: matched >= 10 }).toEqual({ name, matched: true });
    }
  });
});
