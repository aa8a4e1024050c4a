/**
 * The engine as the CLI and the Action run it: with the services only this machine can provide
 * (spellers read from the bundled dictionaries, today's date from the clock). The engine itself stays pure.
 */
import type { FileResult, ResolvedConfig } from '../core/types.js';
import { defaultConfig } from '../engine/config.js';
import { lintDocument as lintWith, needs, type Document, type Resolve, type Services } from '../engine/lint.js';
import { lintProject, type LintedFile } from '../engine/project.js';
import { projectVocabulary } from '../text/vocabulary.js';
import { loadSpeller, type Locale } from './dictionaries.js';

export const nodeServices: Services = {
  speller: (locale) => loadSpeller(locale as Locale),
  // In UTC, so every worker and every runner of a workflow judge a closing date by the same day.
  today: () => new Date().toISOString().slice(0, 10),
};

// One services object a vocabulary, so the engine's rule processors are made once a run.
const withVocabulary = new WeakMap<ReadonlySet<string>, Services>();

/** The services for a run whose project uses `vocabulary` consistently. */
export function servicesWith(vocabulary: ReadonlySet<string> | undefined): Services {
  if (!vocabulary) return nodeServices;
  let services = withVocabulary.get(vocabulary);
  if (!services) withVocabulary.set(vocabulary, (services = { ...nodeServices, vocabulary }));
  return services;
}

/** The project's vocabulary over documents' texts (bytes read as UTF-8). */
export function vocabularyOf(contents: Iterable<string | Uint8Array>): Set<string> {
  const decoder = new TextDecoder();
  return projectVocabulary([...contents].map((c) => (typeof c === 'string' ? c : decoder.decode(c))));
}

/** One document through the rules on one document, its model kept for the rules on many (see lintProject). */
export function lintOne(document: Document, config?: ResolvedConfig, vocabulary?: ReadonlySet<string>): Promise<LintedFile> {
  return lintWith(document, config, servicesWith(vocabulary));
}

/** Lint one document with this machine's services, the rules on many documents seeing it alone. */
export async function lintDocument(document: Document, config: ResolvedConfig = defaultConfig()): Promise<FileResult> {
  return lintProject([await lintOne(document, config)], [config])[0]!;
}

/**
 * Lint documents in order, each with the configuration `resolve` gives for its path, then the rules
 * on many documents over them all. The documents are the project: the words they use consistently
 * are its vocabulary (typo's terms).
 */
export async function lint(documents: Iterable<Document>, resolve: Resolve = defaultConfig): Promise<FileResult[]> {
  const list = [...documents];
  const configs = list.map((document) => resolve(document.path));
  const vocabulary = configs.some((config) => needs(config, 'vocabulary')) ? vocabularyOf(list.map((d) => d.contents)) : undefined;
  const results: LintedFile[] = [];
  for (const [i, document] of list.entries()) results.push(await lintOne(document, configs[i], vocabulary));
  return lintProject(results, configs);
}

export type { Document, Resolve };
