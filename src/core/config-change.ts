/**
 * Whether a pull request changes what decides the findings of files it does not touch: the
 * configuration file, a file it extends, a words file, the baseline, or the version of rolelint
 * that runs (the workflow that names it, or a package.json line naming it). Then linting only the
 * changed files would miss what the change does to the others (a rule turned on, a word taken out
 * of the words file), so every matching file is linted.
 */

export interface Watched {
  /** Relative to the workspace, with `/`. */
  path: string;
  /** What it is, for the log: `the configuration file`, `a words file`. */
  what: string;
  /** Counts only when a line the patch adds or removes matches (package.json: `rolelint`); always without a patch. */
  lines?: RegExp;
}

/** Why every file must be linted (`the configuration file \`.rolelintrc.json\``), or undefined. */
export function configurationChange(touched: readonly string[], watched: readonly Watched[], patches: ReadonlyMap<string, string>): string | undefined {
  const paths = new Set(touched);
  const hits = watched.filter((w) => paths.has(w.path) && (!w.lines || changesLine(patches.get(w.path), w.lines)));
  if (hits.length === 0) return undefined;
  return hits.map((w) => `${w.what} \`${w.path}\``).join(', ');
}

function changesLine(patch: string | undefined, pattern: RegExp): boolean {
  if (patch === undefined) return true;
  return patch.split('\n').some((line) => /^[+-](?![+-]{2} )/.test(line) && pattern.test(line.slice(1)));
}
