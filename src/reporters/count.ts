import type { FileResult, Severity } from '../core/types.js';

export type Counts = Record<Severity, number> & {
  files: number;
  filesWithFindings: number;
  /** Findings `--fix` would correct. */
  fixable: number;
  /** Findings `--fix` corrected, and in how many files. */
  fixed: number;
  filesFixed: number;
};

export function countFindings(results: readonly FileResult[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, files: results.length, filesWithFindings: 0, fixable: 0, fixed: 0, filesFixed: 0 };
  for (const result of results) {
    if (result.messages.length > 0) counts.filesWithFindings++;
    if (result.fixed) {
      counts.fixed += result.fixed;
      counts.filesFixed++;
    }
    for (const message of result.messages) {
      counts[message.severity]++;
      if (message.fix) counts.fixable++;
    }
  }
  return counts;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
