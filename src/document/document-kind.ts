/**
 * Which kind of role document a tree is, and why, in words a user can act on: from configuration
 * (by path), from the frontmatter's `kind:` (read line by line when the frontmatter does not
 * parse), `other` for a repository's own files (a code of conduct), and
 * otherwise inferred by the kind model from signals any organisation shows (kind-features.ts),
 * only where the model is confident. A document it is not confident about is left unsettled, with
 * its best guess, so no section is demanded of it on a guess.
 */
import type { Root } from 'mdast';
import { documentKinds, type DocumentKind } from './document-kind.data.js';
import { frontmatterFields } from './frontmatter-block.js';
import { describeFeature, kindFeatures } from './kind-features.js';
import { scoreKinds, type KindModel } from './kind-model.js';
import model from './kind-model.json' with { type: 'json' };
import { repositoryFileOf, type Located } from './place.js';

export { documentKinds, type DocumentKind } from './document-kind.data.js';

export interface KindDecision {
  kind: DocumentKind | undefined;
  by: 'config' | 'frontmatter' | 'inferred' | 'default';
  /** What settled it, or why nothing did, for messages and `--print-config`. */
  reason: string;
  /** The model's probability of the kind it settled on, or of its best guess. */
  confidence?: number;
  /** The likeliest kind of a document left unsettled. */
  guess?: DocumentKind;
}

/**
 * How sure the model must be to settle a kind. Below it a document is left unsettled: on the
 * labelled corpus, measured leaving each source out, decisions at or above it are right about
 * nine times in ten, and the ones below it are where reviewers disagreed too.
 */
export const confidenceNeeded = 0.7;

/**
 * Fewer words than this (title, headings and text) and a document is too short for the
 * model to tell its kind: a title and a line say too little either way (every corpus document is
 * longer), so it is left unsettled with the model's guess rather than settled on the bias alone.
 */
export const wordsNeeded = 20;

/** Signals of a document's size, which say how much was read, not what it is: no reason to give. */
const notReasons = new Set(['shape:words', 'shape:titles']);

const kindModel = model as KindModel;

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (documentKinds as readonly string[]).includes(value);
}

/** `model` is the shipped kind model unless a test measures another (one trained without a source). */
export function decideKind(tree: Root, source: string, file: Located, configured: DocumentKind | undefined, model: KindModel = kindModel): KindDecision {
  if (configured) return { kind: configured, by: 'config', reason: 'configured for this path' };

  const { data, broken } = frontmatterFields(tree);
  const read = broken ? ' (read from its line: the frontmatter does not parse)' : '';
  if (isDocumentKind(data.kind)) return { kind: data.kind, by: 'frontmatter', reason: `frontmatter \`kind: ${data.kind}\`${read}` };
  const repositoryFile = repositoryFileOf(file);
  if (repositoryFile) {
    return { kind: 'other', by: 'inferred', reason: `\`${repositoryFile}\` is one of a repository's own files (code of conduct, contributing guide, licence, changelog, templates), not a role document` };
  }

  const features = kindFeatures(tree, source, file);
  const { best, confidence, reasons } = scoreKinds(model, features.values);
  const percent = `${Math.round(100 * confidence)}%`;
  const why = () =>
    reasons()
      .filter((r) => !notReasons.has(r.feature))
      .slice(0, 3)
      .map((r) => describeFeature(r.feature, features.evidence[r.feature]))
      .join('; ');
  const broke = broken ? '; the frontmatter does not parse, so only its readable lines were used' : '';
  if (features.words < wordsNeeded) {
    return { kind: undefined, by: 'default', reason: `not settled: ${features.words} words are too few to tell its kind (it looks most like ${kindNames[best]})${broke}`, confidence, guess: best };
  }
  if (confidence >= confidenceNeeded) {
    return withReason({ kind: best, by: 'inferred', confidence }, () => `inferred (${percent} sure): ${why() || 'nothing marks it as a role document'}${broke}`);
  }
  return withReason({ kind: undefined, by: 'default', confidence, guess: best }, () => {
    const shown = why();
    return `not settled: it looks most like ${kindNames[best]} (${percent} sure${shown ? `: ${shown}` : ''}), too unsure to check${broke}`;
  });
}

/**
 * The decision with its reason, put in words when first read (a message, `--print-config`, the
 * JSON facts): most documents' reasons are never read. An own, enumerable property, so a copy or
 * a report holds it as any other.
 */
function withReason(decision: Omit<KindDecision, 'reason'>, reason: () => string): KindDecision {
  let text: string | undefined;
  return {
    ...decision,
    get reason() {
      return (text ??= reason());
    },
  };
}

/** Each kind as a sentence names it. */
export const kindNames: Readonly<Record<DocumentKind, string>> = {
  'job-post': 'a job post',
  'ladder-level': 'a ladder level',
  'role-page': 'a role page',
  other: 'a page that is no role document',
};
