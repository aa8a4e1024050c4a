/**
 * ladder-consistency over the whole corpus, linted in one run with `lint()` (a rule on many
 * documents sees them all). Every finding is reviewed in test/corpus/ladder-consistency.reviewed.tsv
 * (file, line, message, verdict, reason): an unreviewed finding, or a reviewed-true one no longer
 * raised, fails; precision must stay at 90% or more. test/corpus/ladders.tsv lists each ladder of
 * the corpus with its levels in order, checked by reading the documents; discovery must match it.
 * `UPDATE_CORPUS=1` rewrites both, keeping reviews and marking new findings `unreviewed`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../src/core/types.js';
import { findLadders } from '../src/document/ladder.js';
import { modelsOnly, type LintedFile } from '../src/engine/project.js';
import { lint, lintOne } from '../src/node/lint.js';
import { corpusDocuments } from './helpers/corpus.js';
import { hasShared, root, sharedMissing } from './helpers/paths.js';

const reviewFile = path.join(root, 'test/corpus/ladder-consistency.reviewed.tsv');
const laddersFile = path.join(root, 'test/corpus/ladders.tsv');
const config: ResolvedConfig = modelsOnly({ rules: {} });
const tsv = (file: string) => readFileSync(file, 'utf8').trim().split('\n').slice(1).map((row) => row.split('\t'));

describe.skipIf(!hasShared('corpus'))('ladder-consistency on the corpus', () => {
  it('raises only reviewed findings, at 90% precision or more', async () => {
    const results = await lint(corpusDocuments(), () => config);
    const found = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'ladder-consistency').map((m) => [r.path, String(m.line), m.message]));
    const reviewed = new Map(tsv(reviewFile).map(([file, at, actual, verdict, reason]) => [`${file}\t${at}\t${actual}`, { verdict: verdict!, reason: reason ?? '' }]));
    if (process.env.UPDATE_CORPUS) {
      const rows = found.map((f) => [...f, ...Object.values(reviewed.get(f.join('\t')) ?? { verdict: 'unreviewed', reason: '' })].join('\t'));
      writeFileSync(reviewFile, ['file\tat\tactual\tverdict\treason', ...rows].join('\n') + '\n');
    }
    const keys = new Set(found.map((f) => f.join('\t')));
    expect(found.filter((f) => reviewed.get(f.join('\t'))?.verdict !== 'true' && reviewed.get(f.join('\t'))?.verdict !== 'false')).toEqual([]);
    expect([...reviewed].filter(([key, r]) => r.verdict === 'true' && !keys.has(key)).map(([key]) => key)).toEqual([]);
    const verdicts = found.map((f) => reviewed.get(f.join('\t'))!.verdict);
    const precision = verdicts.filter((v) => v === 'true').length / Math.max(1, verdicts.length);
    console.log(`ladder-consistency on the corpus: ${verdicts.length} findings, precision ${(precision * 100).toFixed(0)}%`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  }, 300_000);

  it("finds each ladder of the corpus with its levels in order", async () => {
    const models = [];
    for (const document of corpusDocuments()) models.push(((await lintOne(document, config)) as LintedFile).model!);
    const ladders = findLadders(models).map((l) => [l.name, l.levels.map((level) => level.name.label).join(' < ')]);
    if (process.env.UPDATE_CORPUS) writeFileSync(laddersFile, ['ladder\tlevels in order', ...ladders.map((l) => l.join('\t'))].join('\n') + '\n');
    expect(ladders).toEqual(tsv(laddersFile));
  }, 300_000);
});

if (!hasShared('corpus')) console.log(sharedMissing('corpus'));
