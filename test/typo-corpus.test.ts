/**
 * The typo rule over the 268 real documents of ../shared/corpus/: words flagged per 10,000 words.
 *
 * Reviewed 2026-11-23 at 6.3 per 10,000 (168 flags in 266,000 words; 7.6 before full names and
 * names spelt in the document's links and handles were recognised). What remains is:
 * - real misspellings (about 75): `autoomatic` (x27, one template), `publically`, `carrer`,
 *   `relavant`, `transfering`, `Collboration`, `maintainabilty`, `budeting`, `velociy`,
 *   `deadlnes`, `partipate`, `techinical`, `appplication`, `commited`, `questionaire`, …;
 * - names standing alone at the start of a cell or item (about 25): `Kalan`, `Sharjeel`, `Jintao`,
 *   `Skillsoft`, `Clickhouse`, `Packwerk`, `Invision`, `Treejack`, …;
 * - project jargon and job-series codes a team would add to `words` (about 55): `krel`,
 *   `contribex`, `prodev`, `codeintel`, `gitserver`, `lsif`, `docsy`, `dockershim`, `INFOSEC`,
 *   `SYSANALYSIS`, …, and a few words of their own (`shelfware`, `papercuts`, `womxn`).
 * Real misspellings and names make up two thirds; the aim of 5 per 10,000 is not met. The
 * limit below fails the test on a regression.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../src/core/types.js';
import { lint } from '../src/engine/lint.js';
import { typo } from '../src/rules/typo.js';
import { tokenise } from '../src/text/tokenise.js';
import { corpusDocuments } from './helpers/corpus.js';
import { hasShared, sharedMissing } from './helpers/paths.js';

const limitPer10k = 6.5;

describe.skipIf(!hasShared('corpus'))('typo over ../shared/corpus', () => {
  it(`flags at most ${limitPer10k} words per 10,000`, async () => {
    const documents = corpusDocuments();
    const config: ResolvedConfig = { rules: { typo: { level: 'warning', options: typo.meta.defaults } } };
    const results = await lint(documents, () => config);
    const words = documents.reduce((n, d) => n + tokenise(Buffer.from(d.contents).toString('utf8')).length, 0);
    const counts = new Map<string, number>();
    for (const r of results) for (const m of r.messages) if (m.ruleId === 'typo') counts.set(m.actual!, (counts.get(m.actual!) ?? 0) + 1);
    const flags = [...counts.values()].reduce((a, b) => a + b, 0);
    const rate = (1e4 * flags) / words;
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([w, c]) => `${w} ${c}`);
    console.log(`typo over the corpus: ${flags} flags in ${words} words = ${rate.toFixed(1)} per 10,000\nmost frequent: ${top.join(', ')}`);
    expect(results.flatMap((r) => r.messages).filter((m) => m.ruleId !== 'typo')).toEqual([]);
    expect(rate).toBeLessThanOrEqual(limitPer10k);
  }, 120_000);
});

describe.skipIf(hasShared('corpus'))('typo over the corpus (absent)', () => {
  it('says why it was skipped', () => {
    console.warn(sharedMissing('corpus'));
    expect(hasShared('corpus')).toBe(false);
  });
});
