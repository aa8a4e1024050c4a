/**
 * Which documents a run lints: paths as given, directories searched for Markdown, globs expanded.
 * Paths are reported the way the user wrote them (`fixtures/a.md`, not an absolute path).
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export const markdownPatterns = ['**/*.md', '**/*.markdown'];
export const alwaysIgnored = ['**/node_modules/**', '**/.git/**'];

export interface FoundDocuments {
  /** Paths to lint, in the order asked for, each once. */
  paths: string[];
  /** Arguments that name nothing: a path that does not exist. */
  missing: string[];
  /** Globs that matched no file (not an error: a pull request may touch no role document). */
  empty: string[];
}

export async function findDocuments(args: readonly string[], cwd: string): Promise<FoundDocuments> {
  const found: FoundDocuments = { paths: [], missing: [], empty: [] };
  const seen = new Set<string>();
  const add = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      found.paths.push(p);
    }
  };
  for (const arg of args) {
    const info = await stat(path.resolve(cwd, arg)).catch(() => undefined);
    if (info?.isFile()) {
      add(arg);
    } else if (info?.isDirectory()) {
      const root = path.resolve(cwd, arg);
      const matches = await glob(markdownPatterns, { cwd: root, ignore: alwaysIgnored });
      const prefix = arg.replace(/[\\/]+$/, '');
      const all = [...matches, ...(await brokenLinks(root))].sort();
      for (const rel of all) add(prefix === '.' || prefix === '' ? rel : `${prefix}/${rel}`);
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, ignore: alwaysIgnored });
      if (matches.length === 0) found.empty.push(arg);
      for (const rel of matches.sort()) add(rel);
    } else {
      found.missing.push(arg);
    }
  }
  return found;
}

/**
 * Markdown-named symbolic links whose target is gone. Globbing skips them without a word; they are
 * linted so that each is reported as a file that cannot be read.
 */
async function brokenLinks(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const broken: string[] = [];
  for (const entry of entries) {
    if (!entry.isSymbolicLink() || !/\.(md|markdown)$/.test(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (/(^|\/)(node_modules|\.git)\//.test(rel)) continue;
    if (!(await stat(full).catch(() => undefined))) broken.push(rel);
  }
  return broken;
}
