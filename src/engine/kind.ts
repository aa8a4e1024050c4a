/**
 * Which kind a document is and which sections it must have under a configuration, as the
 * `required-sections` rule decides it: for `--print-config` and the Action's debug log.
 */
import type { ResolvedConfig } from '../core/types.js';
import type { KindDecision } from '../document/document-kind.js';
import { requiredSections, sectionsFor, type RequiredSectionsOptions } from '../rules/required-sections.js';
import { documentFile, parseTree } from './lint.js';
import { projectRoot } from './project-root.js';

export interface DocumentKindReport extends KindDecision {
  /** The sections the document must have, by name. */
  sections: string[];
  /** Whether its title names a role that leads people (whose job post or role page needs Leadership). */
  leads: boolean;
}

/** `path` is relative to `cwd` (default: the process's working directory), as for `lintFile`. */
export async function documentKind(path: string, text: string, config: ResolvedConfig, cwd = process.cwd()): Promise<DocumentKindReport> {
  const file = documentFile({ path, cwd, root: projectRoot(cwd) }, text);
  const tree = await parseTree(file);
  const options = { ...requiredSections.meta.defaults, ...config.rules[requiredSections.meta.id]?.options } as RequiredSectionsOptions;
  const { sections, kind, leads } = sectionsFor(tree, file, options);
  return { ...kind, sections: sections.map((s) => s.name), leads };
}
