/**
 * Which kind a document is and which sections it must have under a configuration, as the engine
 * and the rules on sections decide it, and a job post's facts as pay-transparency reads them: for
 * `--print-config` and the Action's debug log.
 */
import type { JobFactsReport, ResolvedConfig } from '../core/types.js';
import { decideKind, type DocumentKind, type KindDecision } from '../document/document-kind.js';
import { sectionsFor, type SectionChoice } from '../document/section-needs.js';
import { documentLanguage, type DocumentLanguage } from '../document/language.js';
import { jobFacts, reportFacts } from '../document/job-facts.js';
import { documentFile, parseTree } from '../engine/lint.js';
import { nodeServices } from './lint.js';
import { projectRoot } from './project-root.js';

export interface DocumentKindReport extends KindDecision {
  /** The sections the document must have, by name. */
  sections: string[];
  /** Whether its title names a role that leads people (whose job post or role page needs Leadership). */
  leads: boolean;
  /**
   * The language it is in and what says so: the rules that read English (typo, repeated-word,
   * confusable-word) leave another language alone, quietly; this is where the reason shows.
   */
  language: DocumentLanguage;
  /** A job post's facts, the closing date judged by today (or the date the configuration pins). */
  facts?: JobFactsReport;
}

/** `path` is relative to `cwd` (default: the process's working directory), as for `lintFile`. */
export async function documentKind(path: string, text: string, config: ResolvedConfig, cwd = process.cwd()): Promise<DocumentKindReport> {
  const file = documentFile({ path, cwd, root: projectRoot(cwd) }, text);
  const tree = await parseTree(file);
  file.data.kind = decideKind(tree, text, file, config.kind as DocumentKind | undefined);
  // The resolved configuration holds each rule's options with its defaults: the sections are required-sections' to name.
  const options = config.rules['required-sections']?.options as SectionChoice;
  const { sections, kind, leads } = sectionsFor(tree, file, options);
  const today = (config.rules['pay-transparency']?.options as { today?: string } | undefined)?.today ?? nodeServices.today!();
  const facts = kind.kind === 'job-post' ? { facts: reportFacts(jobFacts(tree, text), text, today) } : {};
  return { ...kind, sections: sections.map((s) => s.name), leads, language: documentLanguage(tree, text, file), ...facts };
}
