/**
 * The Action's inputs, read and checked all at once so one run names every bad input.
 */
import * as core from '@actions/core';
import { filterModes, type FilterMode } from '../core/diff.js';
import { parseFailOn, type FailOn } from '../core/severity.js';
import type { SettingInputs } from '../config/inputs.js';

export interface ActionInputs {
  files: string[];
  changedOnly: boolean | undefined;
  config?: string;
  failOn: FailOn;
  token: string;
  annotations: 'auto' | 'commands' | 'off';
  /** Post the fixes `--fix` would make as suggested changes in a pull-request review. */
  suggestions: boolean;
  report?: string;
  sarif?: string;
  settings: SettingInputs;
  /** Seconds the Action may spend on GitHub's API in all (`api-timeout`). */
  apiTimeout: number;
  /** The baseline file named; else `.rolelint-baseline.json` where it exists. */
  baseline?: string;
  /** Which findings of a pull request are reported; undefined: `added` on pull requests. */
  filterMode?: FilterMode;
  /** Whether findings the filter holds back still fail the step. */
  failOnFiltered: boolean;
}

/** action.yml's default for `api-timeout`, for a run that does not pass it (a test, another runner). */
export const defaultApiTimeout = 120;

export function readInputs(): { inputs?: ActionInputs; problems: string[] } {
  const problems: string[] = [];
  const text = (name: string) => core.getInput(name).trim();
  const failOnText = text('fail-on') || 'error';
  const failOn = parseFailOn(failOnText);
  if (!failOn) problems.push(`Input \`fail-on\` is \`${failOnText}\`: expected one of error, warning, info, never`);
  const annotations = text('annotations') || 'auto';
  if (!['auto', 'commands', 'off'].includes(annotations)) problems.push(`Input \`annotations\` is \`${annotations}\`: expected one of auto, commands, off`);
  const changed = text('changed-only');
  let changedOnly: boolean | undefined;
  if (changed !== '') {
    if (!/^(true|false)$/i.test(changed)) problems.push(`Input \`changed-only\` is \`${changed}\`: expected true or false`);
    changedOnly = /^true$/i.test(changed);
  }
  const suggestions = text('suggestions') || 'false';
  if (!/^(true|false)$/i.test(suggestions)) problems.push(`Input \`suggestions\` is \`${suggestions}\`: expected true or false`);
  const apiTimeoutText = text('api-timeout') || String(defaultApiTimeout);
  const apiTimeout = Number(apiTimeoutText);
  if (!(apiTimeout > 0 && apiTimeout <= 3600)) problems.push(`Input \`api-timeout\` is \`${apiTimeoutText}\`: expected a number of seconds, more than 0 and at most 3600`);
  const filterMode = text('filter-mode');
  if (filterMode !== '' && !(filterModes as readonly string[]).includes(filterMode)) problems.push(`Input \`filter-mode\` is \`${filterMode}\`: expected one of ${filterModes.join(', ')}`);
  const failOnFiltered = text('fail-on-filtered') || 'false';
  if (!/^(true|false)$/i.test(failOnFiltered)) problems.push(`Input \`fail-on-filtered\` is \`${failOnFiltered}\`: expected true or false`);
  if (problems.length > 0) return { problems };
  const optional = (name: string) => text(name) || undefined;
  return {
    problems,
    inputs: {
      files: core.getMultilineInput('files').flatMap((line) => line.split(/\s+/)).filter(Boolean),
      changedOnly,
      config: optional('config'),
      failOn: failOn!,
      token: text('github-token'),
      annotations: annotations as ActionInputs['annotations'],
      suggestions: /^true$/i.test(suggestions),
      report: optional('report'),
      sarif: optional('sarif'),
      apiTimeout,
      baseline: optional('baseline'),
      filterMode: (filterMode || undefined) as FilterMode | undefined,
      failOnFiltered: /^true$/i.test(failOnFiltered),
      settings: { 'required-sections': core.getInput('required-sections'), rules: core.getInput('rules'), words: core.getInput('words'), locale: text('locale'), kind: text('kind') },
    },
  };
}
