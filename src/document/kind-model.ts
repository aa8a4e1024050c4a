/**
 * A multinomial logistic regression over the kind signals (kind-features.ts): each kind's score is
 * a weighted sum of the signals plus a bias, turned into probabilities by softmax. The weights are
 * learnt from the labelled corpus (`npm run train-kind` writes kind-model.json) and are plain data;
 * `train` is here so the training script and the leave-one-source-out test learn the same way.
 */
import { documentKinds, type DocumentKind } from './document-kind.data.js';

export interface KindModel {
  /** The features, in the order of each kind's weights. */
  features: readonly string[];
  kinds: readonly DocumentKind[];
  /** Per kind, a weight per feature. */
  weights: Readonly<Record<string, readonly number[]>>;
  bias: Readonly<Record<string, number>>;
}

export interface KindScores {
  /** Each kind's probability, summing to 1. */
  probabilities: Record<DocumentKind, number>;
  /** The likeliest kind (the first listed of equal scores) and its probability. */
  best: DocumentKind;
  confidence: number;
  /** The signals that most favoured the best kind over the next, strongest first: worked out when asked, as most decisions are never explained. */
  reasons(): { feature: string; weight: number }[];
}

const featureIndexes = new WeakMap<KindModel, ReadonlyMap<string, number>>();

export function scoreKinds(model: KindModel, values: Readonly<Record<string, number>>): KindScores {
  let indexOf = featureIndexes.get(model);
  if (!indexOf) featureIndexes.set(model, (indexOf = new Map(model.features.map((f, i) => [f, i]))));
  // Over the signals present only (a document shows a few of the model's many), in the order found.
  const present: number[] = [];
  const strengths: number[] = [];
  for (const feature in values) {
    const i = indexOf.get(feature);
    if (i === undefined) continue;
    present.push(i);
    strengths.push(values[feature]!);
  }
  const { kinds } = model;
  const scores = new Float64Array(kinds.length);
  let best = 0;
  for (let k = 0; k < kinds.length; k++) {
    const weights = model.weights[kinds[k]!]!;
    let sum = model.bias[kinds[k]!]!;
    for (let n = 0; n < present.length; n++) sum += strengths[n]! * weights[present[n]!]!;
    scores[k] = sum;
    if (sum > scores[best]!) best = k;
  }
  const max = scores[best]!;
  let total = 0;
  for (let k = 0; k < kinds.length; k++) total += Math.exp(scores[k]! - max);
  const probabilities = {} as Record<DocumentKind, number>;
  for (let k = 0; k < kinds.length; k++) probabilities[kinds[k]!] = Math.exp(scores[k]! - max) / total;
  const reasons = () => {
    // The next kind after the best, the first listed of equal scores first.
    let next = best === 0 ? 1 : 0;
    for (let k = next + 1; k < scores.length; k++) if (k !== best && scores[k]! > scores[next]!) next = k;
    const bestWeights = model.weights[kinds[best]!]!;
    const nextWeights = model.weights[kinds[next]!]!;
    const found: { feature: string; weight: number; at: number }[] = [];
    for (let n = 0; n < present.length; n++) {
      const i = present[n]!;
      const weight = strengths[n]! * (bestWeights[i]! - nextWeights[i]!);
      if (weight > 0) found.push({ feature: model.features[i]!, weight, at: i });
    }
    found.sort((a, b) => b.weight - a.weight || a.at - b.at);
    return found.map(({ feature, weight }) => ({ feature, weight }));
  };
  return { probabilities, best: kinds[best]!, confidence: probabilities[kinds[best]!], reasons };
}

export interface Sample {
  values: Readonly<Record<string, number>>;
  kind: DocumentKind;
  /** How much the sample counts in training (balancing classes and sources). */
  weight: number;
}

/**
 * Training weights for labelled documents: each source counts as the square root of its size (a
 * source of 60 pages does not outvote 25 sources of a few), and each kind as the square root of its
 * rarity (job posts and ladders are fewer than other pages, but not so few that noise is amplified).
 */
export function weighSamples<T extends { source: string; kind: DocumentKind }>(samples: readonly T[]): (T & { weight: number })[] {
  const bySource = new Map<string, number>();
  const byKind = new Map<string, number>();
  for (const s of samples) {
    bySource.set(s.source, (bySource.get(s.source) ?? 0) + 1);
    byKind.set(s.kind, (byKind.get(s.kind) ?? 0) + 1);
  }
  return samples.map((s) => ({ ...s, weight: Math.sqrt(samples.length / byKind.get(s.kind)!) / Math.sqrt(bySource.get(s.source)!) }));
}

/** The pull back to the prior the shipped model is trained with (the leave-one-source-out test uses the same). */
export const trainingL2 = 0.3;

export interface TrainOptions {
  /** The weights training starts from and is pulled back to. */
  prior: Readonly<Record<string, { bias: number; weights: Readonly<Record<string, number>> }>>;
  /** How strongly weights are pulled back to the prior (L2 on their distance from it). */
  l2?: number;
  steps?: number;
  rate?: number;
}

/**
 * Learns a model by full-batch gradient descent on the weighted cross-entropy, with an L2 penalty
 * on each weight's and bias's distance from the prior: a free bias would absorb how easy one
 * large source makes a kind (34 of the 47 labelled job posts are one government's, rich in
 * signals), and posts of other organisations would then fall below the confidence needed. Deterministic: the same samples
 * give the same weights.
 */
export function train(samples: readonly Sample[], features: readonly string[], { prior, l2 = trainingL2, steps = 600, rate = 0.5 }: TrainOptions): KindModel {
  const kinds = documentKinds;
  const K = kinds.length;
  const F = features.length;
  const position = new Map(features.map((f, i) => [f, i]));
  // Sparse rows: most signals are absent from most documents.
  const rows = samples.map((s) => Object.entries(s.values).flatMap(([f, v]) => (position.has(f) && v !== 0 ? [[position.get(f)!, v] as const] : [])));
  const y = samples.map((s) => kinds.indexOf(s.kind));
  const totalWeight = samples.reduce((a, s) => a + s.weight, 0);
  const W0 = kinds.map((k) => Float64Array.from(features, (f) => prior[k]?.weights[f] ?? 0));
  const W = W0.map((w) => Float64Array.from(w));
  const b0 = Float64Array.from(kinds, (k) => prior[k]?.bias ?? 0);
  const b = Float64Array.from(b0);
  const z = new Float64Array(K);
  for (let step = 0; step < steps; step++) {
    const gW = kinds.map(() => new Float64Array(F));
    const gb = new Float64Array(K);
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n]!;
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let sum = b[k]!;
        const wk = W[k]!;
        for (const [f, v] of row) sum += wk[f]! * v;
        z[k] = sum;
        if (sum > max) max = sum;
      }
      let total = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp(z[k]! - max);
        total += z[k]!;
      }
      for (let k = 0; k < K; k++) {
        const d = (samples[n]!.weight * (z[k]! / total - (y[n] === k ? 1 : 0))) / totalWeight;
        gb[k] = gb[k]! + d;
        const g = gW[k]!;
        for (const [f, v] of row) g[f] = g[f]! + d * v;
      }
    }
    for (let k = 0; k < K; k++) {
      b[k] = b[k]! - rate * (gb[k]! + l2 * (b[k]! - b0[k]!));
      const wk = W[k]!;
      const w0 = W0[k]!;
      const g = gW[k]!;
      for (let f = 0; f < F; f++) wk[f] = wk[f]! - rate * (g[f]! + l2 * (wk[f]! - w0[f]!));
    }
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return {
    features: [...features],
    kinds: [...kinds],
    weights: Object.fromEntries(kinds.map((k, i) => [k, [...W[i]!].map(round)])),
    bias: Object.fromEntries(kinds.map((k, i) => [k, round(b[i]!)])),
  };
}
