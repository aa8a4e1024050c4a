/**
 * The engine as the CLI and the Action run it: with the services only this machine can provide
 * (spellers read from the bundled dictionaries). The engine itself stays pure.
 */
import type { FileResult, ResolvedConfig } from '../core/types.js';
import { lint as lintAll, lintDocument as lintWith, type Document, type Resolve, type Services } from '../engine/lint.js';
import { loadSpeller, type Locale } from './dictionaries.js';

export const nodeServices: Services = { speller: (locale) => loadSpeller(locale as Locale) };

/** Lint one document with this machine's services; see the engine's `lintDocument`. */
export function lintDocument(document: Document, config?: ResolvedConfig): Promise<FileResult> {
  return lintWith(document, config, nodeServices);
}

export type { Document, Resolve };

/** Lint documents in order with this machine's services; see the engine's `lint`. */
export function lint(documents: Iterable<Document>, resolve?: Resolve): Promise<FileResult[]> {
  return lintAll(documents, resolve, nodeServices);
}
