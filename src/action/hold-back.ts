/**
 * What the Action keeps out of the findings it reports: those the baseline records (never
 * reported, never failing), then, on a pull request, those `filter-mode` puts outside its changes
 * (counted in the summary, not annotated, failing only with `fail-on-filtered: true`). The
 * matching is in node/baseline.ts and core/diff.ts; this says which mode applies and why.
 */
import * as core from '@actions/core';
import { filterFindings, type FilterMode, type Filtered } from '../core/diff.js';
import { printable } from '../core/printable.js';
import type { FileResult, HeldBack } from '../core/types.js';
import { useBaseline } from '../node/baseline.js';
import type { ChangedFiles } from './changed-files.js';
import type { ActionInputs } from './inputs.js';

export interface HeldRun {
  /** The findings reported: annotated, listed, failing. */
  results: FileResult[];
  /** The findings less the baseline's only (for the JSON and SARIF reports: every finding of the files). */
  unfiltered: FileResult[];
  /** The findings the filter held back, when one applied. */
  filtered?: Filtered;
  held: HeldBack;
}

export interface Scope {
  pullRequest: boolean;
  /** The pull request's changed files, when they could be listed. */
  changed?: ChangedFiles | undefined;
  /** Why every file was linted on a pull request (it changes the configuration). */
  everyFile?: string | undefined;
}

export function holdBack(linted: FileResult[], inputs: ActionInputs, cwd: string, scope: Scope): HeldRun {
  const { results, note } = useBaseline(linted, { cwd, file: inputs.baseline, within: cwd, say: (m) => core.warning(`rolelint: ${printable(m)}`) });
  if (note) core.info(`rolelint: ${note.heldBack} findings held back by the baseline ${printable(note.file)}; ${note.gone} of it gone`);
  const mode = filterMode(inputs, scope);
  if (mode === 'nofilter' || !scope.changed) return { results, unfiltered: results, held: { ...(note ? { baseline: note } : {}) } };
  const filtered = filterFindings(results, mode, scope.changed.diff);
  if (filtered.count > 0) core.info(`rolelint: ${filtered.count} findings outside the pull request's changes (filter-mode: ${mode}) are counted in the summary, not annotated${inputs.failOnFiltered ? '; they fail the step (fail-on-filtered: true)' : ''}`);
  return { results: filtered.kept, unfiltered: results, filtered, held: { ...(note ? { baseline: note } : {}), filtered: { count: filtered.count, mode, fail: inputs.failOnFiltered } } };
}

/** `added` on pull requests unless the input says otherwise; everything where there is no diff to go by. */
export function filterMode(inputs: ActionInputs, scope: Scope): FilterMode {
  const asked = inputs.filterMode;
  if (!scope.pullRequest) {
    if (asked && asked !== 'nofilter') core.info(`rolelint: \`filter-mode: ${asked}\` applies to pull requests only; this run reports every finding`);
    return 'nofilter';
  }
  if (scope.everyFile) {
    if (asked !== 'nofilter') core.info(`rolelint: every finding is reported (filter-mode does not apply): the pull request changes ${printable(scope.everyFile)}, which can change findings on any line`);
    return 'nofilter';
  }
  return asked ?? 'added';
}
