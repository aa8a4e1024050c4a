/**
 * Workflow-command annotations, the channel that needs no token: GitHub shows 10 errors, 10
 * warnings and 10 notices per step and drops the rest without a word. The slots go to findings on
 * the pull request's changed lines first, then the rest in order; one notice slot is kept to say
 * how many were not shown, where they are and which permission would show them all.
 */
import * as core from '@actions/core';
import type { FileResult } from '../core/types.js';
import { toAnnotations, type Annotation } from '../reporters/annotations.js';

export const perLevelPerStep = 10;

export function writeCommands(results: readonly FileResult[], changedLines: ReadonlyMap<string, ReadonlySet<number>>, why: string): { shown: number; hidden: number } {
  const annotations = toAnnotations(results);
  const onChanged = (a: Annotation) => {
    const lines = changedLines.get(a.file);
    if (!lines) return false;
    for (let l = a.startLine; l <= a.endLine; l++) if (lines.has(l)) return true;
    return false;
  };
  // A stable sort keeps each group in document order.
  const ordered = annotations.map((a) => ({ a, changed: onChanged(a) })).sort((x, y) => Number(y.changed) - Number(x.changed)).map(({ a }) => a);
  const left = { error: perLevelPerStep, warning: perLevelPerStep, notice: perLevelPerStep - 1 };
  let shown = 0;
  for (const a of ordered) {
    if (left[a.level] === 0) continue;
    left[a.level]--;
    shown++;
    const { level, message, ...properties } = a;
    (level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice)(message, properties);
  }
  const hidden = annotations.length - shown;
  if (hidden > 0) {
    core.notice(
      `rolelint: ${hidden} more finding${hidden === 1 ? ' is' : 's are'} not shown as annotations: GitHub shows 10 of each level per step (${why}). All ${annotations.length} are in the job summary and the log above; grant \`permissions: checks: write\` to the job to see every one on its line.`,
      { title: 'rolelint more findings' },
    );
  }
  return { shown, hidden };
}
