/** The ladders among files (`rolelint --ladders`): each file's model read, nothing else linted. */
import type { Resolve } from '../engine/lint.js';
import { modelsOnly, type LintedFile } from '../engine/project.js';
import type { DocumentModel } from '../document/document-model.js';
import { findLadders, type Ladder } from '../document/ladder.js';
import { lintFile } from './files.js';

export type { Ladder } from '../document/ladder.js';

export async function laddersIn(paths: readonly string[], cwd: string, resolve: Resolve): Promise<Ladder[]> {
  const models: DocumentModel[] = [];
  for (const p of paths) {
    const result = (await lintFile(p, cwd, (file) => modelsOnly(resolve(file)))) as LintedFile;
    if (result.model) models.push(result.model);
  }
  return findLadders(models);
}

/** The ladders as text: each with why it is one, then its levels in order with where each is named. */
export function formatLadders(ladders: readonly Ladder[]): string {
  if (ladders.length === 0) return 'No ladder found.\n';
  return ladders
    .map((ladder) => {
      const levels = ladder.levels.map((level, i) => `  ${i + 1}. ${level.name.label}  ${level.path}:${level.line}  (by ${level.from}; ${level.competencies.filter((c) => c.name).length} competencies)`);
      return `${ladder.name}\n  ${ladder.why}\n${levels.join('\n')}\n`;
    })
    .join('\n');
}
