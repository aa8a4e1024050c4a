/**
 * The baseline file for the CLI and the Action: found by default (`.rolelint-baseline.json` in the
 * working directory or the nearest folder above it, up to the repository's root) or named, read (a regular file of at most 16 MiB, inside the workspace in the
 * Action), applied to a run's results, and written by `--write-baseline`. A baseline that cannot
 * be read is said so and the run goes on without it: every finding is then reported.
 */
import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyBaseline, formatBaseline, nextBaseline, parseBaseline, type Baseline, type BaselineOutcome } from '../core/baseline.js';
import { relativePath } from '../core/paths.js';
import { projectRoot } from './project-root.js';
import type { BaselineNote, FileResult } from '../core/types.js';

export const defaultBaselineFile = '.rolelint-baseline.json';
const maxBaselineBytes = 16 * 1024 * 1024;

export interface BaselineRequest {
  cwd: string;
  /** The file named (`--baseline`, the `baseline` input); else the default, used if it exists. */
  file?: string | undefined;
  /** `--write-baseline`: write the file after the run. */
  write?: boolean;
  /** No file outside this folder is read or written (the Action's workspace). */
  within?: string;
  /** Says a line to the user (stderr, the Action's log). */
  say(message: string): void;
}

export interface BaselineRun {
  /** The results less what the baseline holds back. */
  results: FileResult[];
  /** For the reports; undefined when no baseline applied. */
  note?: BaselineNote;
}

/** Applies the baseline (and writes it, with `write`) to a run's results. */
export function useBaseline(results: FileResult[], request: BaselineRequest): BaselineRun {
  const named = request.file !== undefined && request.file !== '';
  const file = named ? path.resolve(request.cwd, request.file!) : findDefault(request.cwd);
  const shown = relativePath(request.cwd, file) || file;
  if (request.within && !(isInside(request.within, file) && isInside(realpathSync(request.within), existsSync(file) ? realpathSync(file) : file))) {
    request.say(`the baseline \`${shown}\` is outside the workspace (${request.within}), so it was not read: every finding is reported`);
    return { results };
  }
  const previous = readBaseline(file, shown, named && request.write !== true, request.say);
  if (previous === 'unreadable') {
    // Never overwrite a file that could not be read: it may hold what someone wrote by hand.
    if (request.write) request.say(`the baseline \`${shown}\` was not rewritten: fix or delete it, then run --write-baseline again`);
    return { results };
  }
  const dir = path.dirname(file);
  const outcome = applyBaseline(results, previous ?? { version: 1, findings: [] }, {
    key: (p) => relativePath(dir, path.resolve(request.cwd, p)),
    deleted: (f) => !existsSync(path.resolve(dir, f)),
  });
  if (request.write) return writeBaseline(file, shown, outcome, previous, request.say);
  if (!previous) return { results };
  return { results: outcome.results, note: { file: shown, heldBack: outcome.heldBack, gone: outcome.gone.length } };
}

/** Writes the next baseline and says what changed in it; the findings it does not hold are reported. */
function writeBaseline(file: string, shown: string, outcome: BaselineOutcome, previous: Baseline | undefined, say: (message: string) => void): BaselineRun {
  const next = nextBaseline(outcome, previous);
  try {
    writeFileSync(file, formatBaseline(next.baseline));
  } catch (error) {
    say(`cannot write the baseline \`${shown}\`: ${(error as Error).message}`);
    return { results: outcome.results, ...(previous ? { note: { file: shown, heldBack: outcome.heldBack, gone: outcome.gone.length } } : {}) };
  }
  if (!previous) {
    say(`wrote ${plural(next.added, 'finding')} to the baseline \`${shown}\`: they are held back from now on; commit the file`);
    return { results: outcome.results.map((r) => (r.messages.length ? { ...r, messages: [] } : r)), note: { file: shown, heldBack: next.added, gone: 0 } };
  }
  say(`updated the baseline \`${shown}\`: ${plural(next.dropped, 'finding')} gone and dropped, ${next.baseline.findings.length} kept`);
  if (next.notAdded > 0) {
    say(`${plural(next.notAdded, 'finding')} not in the baseline ${next.notAdded === 1 ? 'was' : 'were'} not added and ${next.notAdded === 1 ? 'is' : 'are'} reported: --write-baseline only drops findings, never adds. Fix ${next.notAdded === 1 ? 'it' : 'them'}, or delete \`${shown}\` and run --write-baseline again to hold back every finding of today`);
  }
  return { results: outcome.results, note: { file: shown, heldBack: outcome.heldBack, gone: 0, dropped: next.dropped } };
}

/** The baseline, undefined when there is none, or 'unreadable' (said why). */
function readBaseline(file: string, shown: string, mustExist: boolean, say: (message: string) => void): Baseline | undefined | 'unreadable' {
  const info = statSync(file, { throwIfNoEntry: false });
  if (!info) {
    if (mustExist) say(`the baseline \`${shown}\` does not exist (write it with --write-baseline); every finding is reported`);
    return undefined;
  }
  const problem = (why: string) => {
    say(`cannot use the baseline \`${shown}\`: ${why}; every finding is reported`);
    return 'unreadable' as const;
  };
  if (!info.isFile()) return problem('it is not a regular file');
  if (info.size > maxBaselineBytes) return problem(`it holds ${info.size} bytes, more than the ${maxBaselineBytes / 1024 / 1024} MiB a baseline may`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return problem(`it is not JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const baseline = parseBaseline(value);
  return typeof baseline === 'string' ? problem(baseline) : baseline;
}

/** The nearest `.rolelint-baseline.json` from the working directory up to the project's root; else the working directory's (to write). */
function findDefault(cwd: string): string {
  const root = projectRoot(cwd);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const file = path.join(dir, defaultBaselineFile);
    if (existsSync(file)) return file;
    if (dir === root || path.dirname(dir) === dir || path.relative(root, dir).startsWith('..')) break;
  }
  return path.resolve(cwd, defaultBaselineFile);
}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(path.resolve(dir), file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
