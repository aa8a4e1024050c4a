/**
 * A pull request's diff as lines of the new files, and the findings a `filter-mode` keeps, with
 * reviewdog's meanings: `added`, on lines the pull request adds or changes; `diff_context`, on
 * any line of its hunks (those and the context lines around them, 3 in GitHub's patches);
 * `file`, anywhere in a file it changes; `nofilter`, all. A finding spanning lines is kept when
 * one of its lines is.
 */
import type { FileResult, Finding } from './types.js';

export const filterModes = ['added', 'diff_context', 'file', 'nofilter'] as const;
export type FilterMode = (typeof filterModes)[number];

/** One file's lines in the diff, numbered in the new file. */
export interface DiffLines {
  /** Lines the diff adds (`+`). */
  added: Set<number>;
  /** Every line of its hunks in the new file: the added lines and the context around them. */
  hunks: Set<number>;
}

/** The lines a unified diff's hunks cover: `+` lines advance the new file, ` ` lines both, `-` the old. */
export function diffLines(patch: string): DiffLines {
  const added = new Set<number>();
  const hunks = new Set<number>();
  let line = 0;
  let inHunk = false;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      inHunk = true;
    } else if (!inHunk) {
      continue;
    } else if (text.startsWith('+')) {
      added.add(line);
      hunks.add(line++);
    } else if (text.startsWith(' ')) {
      hunks.add(line++);
    }
  }
  return { added, hunks };
}

export interface Filtered {
  /** The findings the mode keeps: reported, annotated, failing. */
  kept: FileResult[];
  /** The findings it holds back: counted, never annotated. */
  held: FileResult[];
  count: number;
}

/**
 * Splits the findings by the mode. `diff` has the pull request's changed files (absent: a file it
 * did not change); a changed file whose patch GitHub did not give (too large) has no lines, so
 * every finding in it is kept rather than hidden.
 */
export function filterFindings(results: readonly FileResult[], mode: FilterMode, diff: ReadonlyMap<string, DiffLines | undefined>): Filtered {
  if (mode === 'nofilter') return { kept: [...results], held: [], count: 0 };
  const kept: FileResult[] = [];
  const held: FileResult[] = [];
  let count = 0;
  for (const result of results) {
    const keep = keeper(mode, diff.has(result.path), diff.get(result.path));
    const inside = result.messages.filter(keep);
    const outside = result.messages.filter((m) => !keep(m));
    count += outside.length;
    kept.push(outside.length === 0 ? result : { ...result, messages: inside });
    if (outside.length > 0) held.push({ ...result, messages: outside });
  }
  return { kept, held, count };
}

function keeper(mode: Exclude<FilterMode, 'nofilter'>, changed: boolean, lines: DiffLines | undefined): (m: Finding) => boolean {
  if (!changed) return () => false;
  if (mode === 'file' || !lines) return () => true;
  const wanted = mode === 'added' ? lines.added : lines.hunks;
  return (m) => {
    for (let l = m.line; l <= (m.endLine ?? m.line); l++) if (wanted.has(l)) return true;
    return false;
  };
}
