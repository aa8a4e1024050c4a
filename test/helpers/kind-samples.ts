/**
 * The labelled corpus: test/corpus/kinds.tsv gives each document of ../shared/corpus/ its kind and
 * which of its role's sections it states (reviewed by hand; see test/corpus/README.md). A
 * document's path is its original path inside its repository (the corpus writes `/` as `--`), and
 * that repository is the project's root, so folders count as they would in a user's repository.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { DocumentKind } from '../../src/document/document-kind.js';
import { kindFeatures } from '../../src/document/kind-features.js';
import { documentFile, parseTree } from '../../src/engine/lint.js';
import { corpus } from './corpus.js';
import { root } from './paths.js';

export interface Label {
  file: string;
  source: string;
  kind: DocumentKind;
  confidence: 'sure' | 'unsure';
  leads: 'yes' | 'no' | '-';
  duties: 'present' | 'absent' | '-';
  requirements: 'present' | 'absent' | '-';
  leadership: 'present' | 'absent' | '-';
  note: string;
}

export function readLabels(): Label[] {
  const [header, ...rows] = readFileSync(path.join(root, 'test/corpus/kinds.tsv'), 'utf8').trim().split('\n');
  const columns = header!.split('\t');
  return rows.map((row) => {
    const label = Object.fromEntries(row.split('\t').map((value, i) => [columns[i], value])) as unknown as Label;
    return { ...label, source: label.file.split('/')[0]! };
  });
}

export interface LabelledDocument {
  label: Label;
  file: VFile;
  tree: Root;
  text: string;
}

/** Each labelled document parsed as the engine parses it, with its repository as the project. */
export async function labelledDocuments(): Promise<LabelledDocument[]> {
  const documents: LabelledDocument[] = [];
  for (const label of readLabels()) {
    const name = label.file.slice(label.source.length + 1);
    const project = path.join(corpus, label.source);
    const text = readFileSync(path.join(project, name), 'utf8').replace(/^\uFEFF/, '');
    const file = documentFile({ path: name.replaceAll('--', '/'), cwd: project, root: project }, text);
    documents.push({ label, file, tree: await parseTree(file), text });
  }
  return documents;
}

/** The documents as training samples of the kind model. */
export function samples(documents: readonly LabelledDocument[]) {
  return documents.map(({ label, tree, text, file }) => ({ source: label.source, kind: label.kind, file: label.file, values: kindFeatures(tree, text, file).values }));
}
