/**
 * The files whose change in a pull request calls for linting every matching file, not only the
 * changed ones (core/config-change.ts): the configuration file, the files it extends, its words
 * files, the baseline, the workflow that runs this step (its `uses:` names rolelint's version) and
 * package.json's lines naming rolelint (a version to install, or the settings under its key).
 */
import path from 'node:path';
import type { Watched } from '../core/config-change.js';
import { relativePath } from '../core/paths.js';
import type { Setup } from '../config/setup.js';
import { defaultBaselineFile } from '../node/baseline.js';

/** Files whose change in a pull request calls for linting every file: the configuration's, the baseline, the workflow. */
export function watchedFiles(config: Setup, cwd: string, baseline: string | undefined): Watched[] {
  const rel = (p: string) => relativePath(cwd, path.resolve(cwd, p));
  const extended = new Set(config.extends.map(rel));
  const watched: Watched[] = config.sources.map((s) => {
    const p = rel(s);
    const what = config.file && p === rel(config.file) ? 'the configuration file' : extended.has(p) ? 'a configuration it extends' : 'a words file';
    // A package.json holds much else: only a change to a line naming rolelint counts.
    return { path: p, what, ...(path.basename(p) === 'package.json' ? { lines: /rolelint/ } : {}) };
  });
  watched.push({ path: rel(baseline || defaultBaselineFile), what: 'the baseline' });
  // The workflow that runs this step names rolelint's version (`uses: rolelint/rolelint@v1`) and its inputs.
  const workflow = /^[^/]+\/[^/]+\/(.+?)@/.exec(process.env.GITHUB_WORKFLOW_REF ?? '')?.[1];
  if (workflow) watched.push({ path: workflow, what: "the workflow that runs rolelint (its version or inputs)" });
  if (!watched.some((w) => w.path === 'package.json')) watched.push({ path: 'package.json', what: "rolelint's version or settings in", lines: /rolelint/ });
  return watched;
}
