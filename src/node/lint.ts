/**
 * The engine as the CLI and the Action run it: with the services only this machine can provide
 * (spellers read from the bundled dictionaries, today's date from the clock). The engine itself stays pure.
 */
import type { FileResult, ResolvedConfig } from '../core/types.js';
import { defaultConfig } from '../engine/config.js';
import { lintDocument as lintWith, type Document, type Resolve, type Services } from '../engine/lint.js';
import { lintProject, type LintedFile } from '../engine/project.js';
import { loadSpeller, type Locale } from './dictionaries.js';

export const nodeServices: Services = {
  speller: (locale) => loadSpeller(locale as Locale),
  // In UTC, so every worker and every runner of a workflow judge a closing date by the same day.
  today: () => new Date().toISOString().slice(0, 10),
};

/** One document through the rules on one document, its model kept for the rules on many (see lintProject). */
export function lintOne(document: Document, config?: ResolvedConfig): Promise<LintedFile> {
  return lintWith(document, config, nodeServices);
}

/** Lint one document with this machine's services, the rules on many documents seeing it alone. */
export async function lintDocument(document: Document, config: ResolvedConfig = defaultConfig()): Promise<FileResult> {
  return lintProject([await lintOne(document, config)], [config])[0]!;
}

/** Lint documents in order, each with the configuration `resolve` gives for its path, then the rules on many documents over them all. */
export async function lint(documents: Iterable<Document>, resolve: Resolve = defaultConfig): Promise<FileResult[]> {
  const results: LintedFile[] = [];
  const configs: ResolvedConfig[] = [];
  for (const document of documents) {
    const config = resolve(document.path);
    configs.push(config);
    results.push(await lintOne(document, config));
  }
  return lintProject(results, configs);
}

export type { Document, Resolve };
