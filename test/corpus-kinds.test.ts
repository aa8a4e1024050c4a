/**
 * The kind model on the labelled corpus (test/corpus/kinds.tsv, reviewed by hand): trained with
 * each source left out in turn and tested on that source, so the figure says how it does on an
 * organisation it has never seen; the confusion matrix is printed. The shipped model
 * (src/document/kind-model.json) must be what training on every labelled document gives:
 * `npm run train-kind` writes it after a change to the signals, the prior or the labels.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confidenceNeeded, decideKind, documentKinds, wordsNeeded, type DocumentKind } from '../src/document/document-kind.js';
import { featureNames } from '../src/document/kind-features.js';
import { scoreKinds, train, weighSamples, type KindModel } from '../src/document/kind-model.js';
import { kindPrior } from '../src/document/kind-prior.data.js';
import { labelledDocuments, samples } from './helpers/kind-samples.js';
import { hasShared, root, sharedMissing } from './helpers/paths.js';

const modelFile = path.join(root, 'src/document/kind-model.json');

/** The model as committed: one line a list, so a retrained model's diff shows what moved. */
export function modelJson(model: KindModel): string {
  const weights = model.kinds.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(model.weights[k])}`).join(',\n');
  return `{\n "features": ${JSON.stringify(model.features)},\n "kinds": ${JSON.stringify(model.kinds)},\n "weights": {\n${weights}\n },\n "bias": ${JSON.stringify(model.bias)}\n}\n`;
}

describe.skipIf(!hasShared('corpus'))('the kind model on the labelled corpus', async () => {
  const documents = hasShared('corpus') ? await labelledDocuments() : [];
  const all = samples(documents);
  const sources = [...new Set(all.map((s) => s.source))];

  it('shipped: the model trained on every labelled document', () => {
    const json = modelJson(train(weighSamples(all), featureNames, { prior: kindPrior }));
    if (process.env.UPDATE_CORPUS) writeFileSync(modelFile, json);
    expect(readFileSync(modelFile, 'utf8')).toBe(json);
  });

  it('leave one source out: accuracy on sources the model never saw, and the confusion matrix', () => {
    const confusion = new Map<string, number>();
    let right = 0;
    let decidedRight = 0;
    let settled = 0;
    let settledRight = 0;
    for (const source of sources) {
      const model = train(weighSamples(all.filter((s) => s.source !== source)), featureNames, { prior: kindPrior });
      for (const sample of all.filter((s) => s.source === source)) {
        const { probabilities } = scoreKinds(model, sample.values);
        const [best] = (Object.entries(probabilities) as [DocumentKind, number][]).sort((a, b) => b[1] - a[1])[0]!;
        if (best === sample.kind) right++;
        // The decision as a user gets it: frontmatter, a repository's own files, then the model; its guess where unsettled.
        const document = documents.find((d) => d.label.file === sample.file)!;
        const decision = decideKind(document.tree, document.text, document.file, undefined, model);
        const decided = decision.kind ?? decision.guess!;
        const key = `${sample.kind}>${decided}`;
        confusion.set(key, (confusion.get(key) ?? 0) + 1);
        if (decided === sample.kind) decidedRight++;
        if (decision.kind) {
          settled++;
          if (decision.kind === sample.kind) settledRight++;
        }
      }
    }
    const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
    const header = `${'labelled \\ decided'.padEnd(20)}${documentKinds.map((k) => k.padStart(14)).join('')}`;
    const rows = documentKinds.map((l) => `${l.padEnd(20)}${documentKinds.map((d) => String(confusion.get(`${l}>${d}`) ?? 0).padStart(14)).join('')}`);
    console.log(
      [
        `kind, leaving each of ${sources.length} sources out (${all.length} documents):`,
        `  accuracy of the decision (its guess where unsettled): ${pct(decidedRight, all.length)} (${decidedRight}/${all.length}); of the model alone: ${pct(right, all.length)}`,
        `  settled (at least ${confidenceNeeded} sure, ${wordsNeeded} words): ${pct(settled, all.length)} of documents, ${pct(settledRight, settled)} of them right`,
        header,
        ...rows,
      ].join('\n'),
    );
    // Measured 2026-12-04: the decision 90.7% (353/389), the model alone 90.7%; settled decisions
    // 94.5%. Most of what is left is role pages against other pages, where two reviewers disagreed
    // on 4 of 53, and one ladder's manager levels (named for jobs, with no level word).
    expect(decidedRight / all.length).toBeGreaterThanOrEqual(0.9);
    expect(settledRight / settled).toBeGreaterThanOrEqual(0.92);
  });
});

if (!hasShared('corpus')) console.log(sharedMissing('corpus'));
