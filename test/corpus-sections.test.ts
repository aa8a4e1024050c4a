/**
 * required-sections over every labelled document of ../shared/corpus/. Each finding is reviewed
 * in test/corpus/required-sections.reviewed.tsv (true or false, with a reason): a finding that is
 * not there, or a reviewed-true finding that is no longer raised, fails. `UPDATE_CORPUS=1` rewrites
 * the file, keeping each review and marking new findings `unreviewed` (which fails until judged).
 * Precision is printed from the review, recall from the labels (the sections a document's kind
 * needs that its label says it lacks); and again with the kind model trained without each source,
 * which is what to expect of organisations the corpus lacks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, ResolvedConfig } from '../src/core/types.js';
import { featureNames } from '../src/document/kind-features.js';
import { train, weighSamples, type KindModel } from '../src/document/kind-model.js';
import { kindPrior } from '../src/document/kind-prior.data.js';
import { lintDocument } from '../src/node/lint.js';
import { toFinding } from '../src/engine/findings.js';
import { checkSections, requiredSections } from '../src/rules/required-sections.js';
import { pointsElsewhere, sectionsFor } from '../src/document/section-needs.js';
import { labelledDocuments, samples, type Label, type LabelledDocument } from './helpers/kind-samples.js';
import { hasShared, root, sharedMissing } from './helpers/paths.js';

const reviewFile = path.join(root, 'test/corpus/required-sections.reviewed.tsv');
const config: ResolvedConfig = { rules: { [requiredSections.meta.id]: { level: 'error', options: requiredSections.meta.defaults } } };
/** The label column that says whether a document states a section. */
const column: Record<string, 'duties' | 'requirements' | 'leadership'> = { Responsibilities: 'duties', Expectations: 'duties', Requirements: 'requirements', Leadership: 'leadership' };
/** The sections a document of the labelled kind needs, as label columns. */
const needed = (label: Label): ('duties' | 'requirements' | 'leadership')[] =>
  label.kind === 'job-post' ? ['duties', 'requirements', 'leadership'] : label.kind === 'role-page' ? ['duties', 'leadership'] : label.kind === 'ladder-level' ? ['duties'] : [];

interface Row {
  key: string;
  verdict: string;
  reason: string;
}
const keyOf = (file: string, f: Finding) => `${file}\t${f.line}\t${f.severity === 'info' ? 'info' : (f.expected?.[0] ?? '?')}`;

function readReview(): Map<string, Row> {
  const rows = readFileSync(reviewFile, 'utf8').trim().split('\n').slice(1);
  return new Map(
    rows.map((row) => {
      const [file, line, section, verdict, reason] = row.split('\t');
      const key = `${file}\t${line}\t${section}`;
      return [key, { key, verdict: verdict!, reason: reason ?? '' }];
    }),
  );
}

/** Recall against the labels: sections the labelled kind needs and the label says are absent, found or not. */
function recall(documents: readonly LabelledDocument[], findings: ReadonlyMap<string, readonly Finding[]>) {
  let absent = 0;
  let found = 0;
  let pointers = 0;
  for (const { label, tree, text } of documents) {
    const pointer = pointsElsewhere(tree, text);
    const reported = new Set((findings.get(label.file) ?? []).filter((f) => f.severity !== 'info').map((f) => column[f.expected![0]!]));
    for (const c of needed(label)) {
      if (label[c] !== 'absent') continue;
      absent++;
      if (reported.has(c)) found++;
      else if (pointer) pointers++;
    }
  }
  return { absent, found, pointers };
}

describe.skipIf(!hasShared('corpus'))('required-sections over the labelled corpus', async () => {
  const documents = hasShared('corpus') ? await labelledDocuments() : [];

  it('every finding reviewed, every reviewed-true finding raised; precision and recall', async () => {
    const findings = new Map<string, Finding[]>();
    for (const { label, file, text } of documents) {
      const result = await lintDocument({ path: file.path, contents: text, cwd: file.cwd, root: file.data.projectRoot! }, config);
      findings.set(label.file, result.messages);
    }
    const review = readReview();
    const now = [...findings].flatMap(([file, list]) => list.map((f) => keyOf(file, f)));
    if (process.env.UPDATE_CORPUS) {
      const rows = now.map((key) => review.get(key) ?? { key, verdict: 'unreviewed', reason: '' });
      writeFileSync(reviewFile, `file\tline\tsection\tverdict\treason\n${rows.map((r) => `${r.key}\t${r.verdict}\t${r.reason}`).join('\n')}\n`);
    }
    const verdicts = now.map((key) => review.get(key)?.verdict ?? 'unreviewed');
    const errors = now.filter((key) => !key.endsWith('\tinfo'));
    const right = errors.filter((key) => review.get(key)?.verdict === 'true').length;
    const { absent, found, pointers } = recall(documents, findings);
    console.log(
      `required-sections on ${documents.length} labelled documents: ${errors.length} findings, ${right} reviewed true (precision ${((100 * right) / Math.max(errors.length, 1)).toFixed(1)}%); ` +
        `${now.length - errors.length} info on documents whose kind is not settled; ` +
        `recall ${found}/${absent} of the sections the labels say are missing (${((100 * found) / absent).toFixed(1)}%; ` +
        `${pointers} of those not found are in documents that only point to where they are described, not asked by design)`,
    );
    expect(now.filter((_, i) => verdicts[i] === 'unreviewed')).toEqual([]);
    const lost = [...review.values()].filter((r) => r.verdict === 'true' && !now.includes(r.key)).map((r) => r.key);
    expect(lost).toEqual([]);
    expect(right / Math.max(errors.length, 1)).toBeGreaterThanOrEqual(0.95);
  });

  it('leave one source out: precision and recall to expect on organisations the model never saw', () => {
    const all = samples(documents);
    const findings = new Map<string, Finding[]>();
    const review = readReview();
    let right = 0;
    let judged = 0;
    for (const source of new Set(all.map((s) => s.source))) {
      const model: KindModel = train(weighSamples(all.filter((s) => s.source !== source)), featureNames, { prior: kindPrior });
      for (const { label, tree, file } of documents.filter((d) => d.label.source === source)) {
        file.messages = [];
        const options = requiredSections.meta.defaults;
        checkSections(tree, file, options, sectionsFor(tree, file, options, model));
        const list = file.messages.flatMap((m) => {
          m.ruleId = requiredSections.meta.id;
          return toFinding(m, config) ?? [];
        });
        findings.set(label.file, list);
        for (const f of list.filter((f) => f.severity !== 'info')) {
          judged++;
          // Judged by the review where it has the finding, else by the label.
          const verdict = review.get(keyOf(label.file, f))?.verdict;
          if (verdict ? verdict === 'true' : label[column[f.expected![0]!]!] === 'absent') right++;
        }
      }
    }
    const { absent, found } = recall(documents, findings);
    console.log(`required-sections, leaving each source out of the kind model: ${judged} findings, ${right} right (${((100 * right) / Math.max(judged, 1)).toFixed(1)}%); recall ${found}/${absent}`);
    expect(right / Math.max(judged, 1)).toBeGreaterThanOrEqual(0.8);
  });
});

if (!hasShared('corpus')) console.log(sharedMissing('corpus'));
