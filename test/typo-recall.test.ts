/**
 * Recall on misspellings people really make: the 3,000 codespell pairs of
 * ../shared/misspellings/codespell-sample.txt, each placed in a role-document bullet and linted.
 *
 * Measured 2026-11-23: flagged 99.37%, correction first 89.1%. The bar is 99.5% and 93%:
 * not met. The 19 unflagged words are in cspell's dictionaries (`incidently`, `useable`, …); the
 * ranking (typing-aware cost + SUBTLEX frequency) was tuned on the first 1,000 pairs only. The
 * floors below fail the test on a regression.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../src/core/types.js';
import { lint } from '../src/engine/lint.js';
import { typo } from '../src/rules/typo.js';
import { hasShared, shared, sharedMissing } from './helpers/paths.js';

const floors = { flagged: 99.3, first: 89.0 };

describe.skipIf(!hasShared('misspellings'))('typo recall on ../shared/misspellings', () => {
  it(`flags at least ${floors.flagged}% and puts the correction first for at least ${floors.first}%`, async () => {
    const pairs = readFileSync(path.join(shared, 'misspellings/codespell-sample.txt'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split('->') as [string, string]);
    const config: ResolvedConfig = { rules: { typo: { level: 'warning', options: typo.meta.defaults } } };
    const documents = pairs.map(([bad], i) => ({ path: `pair-${i}.md`, contents: `## Responsibilities\n\n- Review the ${bad} with the team each week.\n` }));
    const results = await lint(documents, () => config);
    let flagged = 0;
    let first = 0;
    results.forEach((r, i) => {
      const [bad, good] = pairs[i]!;
      const m = r.messages.find((x) => x.actual === bad);
      if (!m) return;
      flagged++;
      if (m.line === 3 && m.column === 14 && m.expected?.[0] === good) first++;
    });
    const pct = (n: number) => (100 * n) / pairs.length;
    console.log(`typo recall: flagged ${pct(flagged).toFixed(2)}%, correction first ${pct(first).toFixed(2)}% of ${pairs.length} real misspellings`);
    expect(pct(flagged)).toBeGreaterThanOrEqual(floors.flagged);
    expect(pct(first)).toBeGreaterThanOrEqual(floors.first);
  }, 600_000);
});

describe.skipIf(hasShared('misspellings'))('typo recall (absent)', () => {
  it('says why it was skipped', () => {
    console.warn(sharedMissing('misspellings'));
    expect(hasShared('misspellings')).toBe(false);
  });
});
