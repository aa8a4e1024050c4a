/**
 * The project a run's documents belong to: the nearest folder from the working directory up that
 * holds `.git` (a directory, or a file in a worktree or submodule), else the working directory.
 * Folders name a document's kind (`jobs/`) only below it, so a checkout named `jobs` does not make
 * its README a job post, and a run started inside `jobs/` still sees that folder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const roots = new Map<string, string>();

export function projectRoot(cwd: string): string {
  const start = path.resolve(cwd);
  let root = roots.get(start);
  if (root === undefined) {
    root = start;
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, '.git'))) {
        root = dir;
        break;
      }
      if (path.dirname(dir) === dir) break;
    }
    roots.set(start, root);
  }
  return root;
}
