/**
 * Which documents a run lints: paths as given, directories searched for Markdown, globs expanded.
 * Paths are reported the way the user wrote them (`fixtures/a.md`, not an absolute path).
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { relativePath } from '../core/paths.js';

export const markdownPatterns = ['**/*.md', '**/*.markdown'];
export const alwaysIgnored = ['**/node_modules/**', '**/.git/**'];

export interface FoundDocuments {
  /** Paths to lint, in the order asked for, each once. */
  paths: string[];
  /** Arguments that name nothing: a path that does not exist. */
  missing: string[];
  /** Globs that matched no file (not an error: a pull request may touch no role document). */
  empty: string[];
  /** Directories named that hold no Markdown file (not an error either). */
  emptyDirectories: string[];
  /** Files named on the command line that the configuration's `ignore` excludes. */
  ignored: string[];
}

/** The configuration's `ignore` globs, relative to its folder. */
export interface Ignore {
  dir: string;
  globs: readonly string[];
}

export async function findDocuments(args: readonly string[], cwd: string, ignore?: Ignore): Promise<FoundDocuments> {
  const found: FoundDocuments = { paths: [], missing: [], empty: [], emptyDirectories: [], ignored: [] };
  const seen = new Set<string>();
  const ignored = ignoreMatcher(ignore, cwd);
  const add = (p: string, explicit = false) => {
    if (ignored(p)) {
      if (explicit) found.ignored.push(p);
      return;
    }
    if (!seen.has(p)) {
      seen.add(p);
      found.paths.push(p);
    }
  };
  for (const arg of args) {
    const info = await stat(path.resolve(cwd, arg)).catch(() => undefined);
    if (info?.isFile()) {
      add(arg, true);
    } else if (info?.isDirectory()) {
      const root = path.resolve(cwd, arg);
      const matches = await glob(markdownPatterns, { cwd: root, ignore: alwaysIgnored });
      const prefix = arg.replace(/[\\/]+$/, '');
      const all = [...matches, ...(await brokenLinks(root))].sort();
      if (all.length === 0) found.emptyDirectories.push(arg);
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

/** The documents the configuration's `files` globs name (relative to its folder), as paths from `cwd`. */
export async function findConfigured(files: readonly string[], dir: string, cwd: string, ignore?: Ignore): Promise<FoundDocuments> {
  const matches = await glob([...files], { cwd: dir, ignore: alwaysIgnored });
  const ignored = ignoreMatcher(ignore, cwd);
  const paths = matches
    .sort()
    .map((rel) => relativePath(cwd, path.join(dir, rel)))
    .filter((p) => !ignored(p));
  return { paths, missing: [], empty: matches.length === 0 ? [...files] : [], emptyDirectories: [], ignored: [] };
}

/**
 * Whether a path (relative to `cwd`) is one a run without paths would lint: the configuration's
 * `files` globs (relative to its folder), else every Markdown file; never an ignored one. For
 * choosing among a pull request's changed files.
 */
export function selectsDocument(files: readonly string[] | undefined, dir: string, cwd: string, ignore?: Ignore): (p: string) => boolean {
  // As the search finds them: hidden files and folders (`.github/`) only where a glob names them.
  const wanted = picomatch(files ? [...files] : markdownPatterns, { dot: false });
  const skipped = picomatch(alwaysIgnored, { dot: true });
  const ignored = ignoreMatcher(ignore, cwd);
  return (p) => {
    const rel = files ? relativePath(dir, path.resolve(cwd, p)) : p;
    return wanted(rel) && !skipped(p) && !ignored(p);
  };
}

/** Whether the configuration's `ignore` globs match a path (relative to `cwd`). */
export function ignoreMatcher(ignore: Ignore | undefined, cwd: string): (p: string) => boolean {
  if (!ignore || ignore.globs.length === 0) return () => false;
  const match = picomatch([...ignore.globs], { dot: true });
  return (p) => match(relativePath(ignore.dir, path.resolve(cwd, p)));
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
    const rel = relativePath(root, full);
    if (/(^|\/)(node_modules|\.git)\//.test(rel)) continue;
    if (!(await stat(full).catch(() => undefined))) broken.push(rel);
  }
  return broken;
}
