/**
 * Which documents a run lints: paths as given, directories searched for Markdown, globs expanded.
 * Paths are reported the way the user wrote them (`fixtures/a.md`, not an absolute path).
 */
import { readdirSync, type Dirent } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
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

export interface FindOptions {
  /**
   * A folder outside which nothing may be read (the Action's workspace): folders are searched
   * without following symbolic links, and each Markdown-named link is listed as a file, for the
   * reader to resolve and refuse when it leads out of the folder.
   */
  within?: string;
}

export async function findDocuments(args: readonly string[], cwd: string, ignore?: Ignore, options: FindOptions = {}): Promise<FoundDocuments> {
  const follow = options.within === undefined;
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
    const full = path.resolve(cwd, arg);
    // Where links are not followed, a link is a file to read (and refuse), never a folder to search.
    const info = follow || !(await lstat(full).catch(() => undefined))?.isSymbolicLink() ? await stat(full).catch(() => undefined) : undefined;
    if (info?.isDirectory()) {
      const matches = await glob(markdownPatterns, { cwd: full, ignore: alwaysIgnored, followSymbolicLinks: follow });
      const prefix = arg.replace(/[\\/]+$/, '');
      const all = [...new Set([...matches, ...(await unreadableEntries(full, !follow))])].sort();
      if (all.length === 0) found.emptyDirectories.push(arg);
      for (const rel of all) add(prefix === '.' || prefix === '' ? rel : `${prefix}/${rel}`);
    } else if (info || (await isEntry(full))) {
      // A file, or a path that is there but is no document (a pipe, a device, a broken or looping
      // link, a name that is not UTF-8): linted, so that it becomes a finding on that path.
      add(arg, true);
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, ignore: alwaysIgnored, followSymbolicLinks: follow });
      if (!follow) matches.push(...(await linksMatching([arg], cwd, cwd)));
      if (matches.length === 0) found.empty.push(arg);
      for (const rel of [...new Set(matches)].sort()) add(rel);
    } else {
      found.missing.push(arg);
    }
  }
  return found;
}

/** The documents the configuration's `files` globs name (relative to its folder), as paths from `cwd`. */
export async function findConfigured(files: readonly string[], dir: string, cwd: string, ignore?: Ignore, options: FindOptions = {}): Promise<FoundDocuments> {
  const follow = options.within === undefined;
  const matches = await glob([...files], { cwd: dir, ignore: alwaysIgnored, followSymbolicLinks: follow });
  if (!follow) matches.push(...(await linksMatching(files, dir, dir)));
  const ignored = ignoreMatcher(ignore, cwd);
  const paths = [...new Set(matches)]
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
  const wanted = globMatcher(files ?? markdownPatterns, { dot: false });
  const skipped = picomatch(alwaysIgnored, { dot: true });
  const ignored = ignoreMatcher(ignore, cwd);
  return (p) => {
    const rel = files ? relativePath(dir, path.resolve(cwd, p)) : p;
    return wanted(rel) && !skipped(p) && !ignored(p);
  };
}

/**
 * A matcher for a list of globs where `!glob` takes back what the others match, as in ESLint's
 * ignores, `.gitignore` and tinyglobby's lists (`["jobs/**", "!jobs/x.md"]`). picomatch alone reads
 * a list as "any of them", and `!x.md` as "anything but x.md": `ignore: ["!x.md"]` ignored every
 * file. A list of negations alone matches nothing.
 */
export function globMatcher(globs: readonly string[], options: picomatch.PicomatchOptions = {}): (p: string) => boolean {
  const positive = globs.filter((g) => !g.startsWith('!'));
  const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  if (positive.length === 0) return () => false;
  const matches = picomatch(positive, options);
  const excepted = negative.length > 0 ? picomatch(negative, options) : () => false;
  return (p) => matches(p) && !excepted(p);
}

/** Whether the configuration's `ignore` globs match a path (relative to `cwd`). */
export function ignoreMatcher(ignore: Ignore | undefined, cwd: string): (p: string) => boolean {
  if (!ignore || ignore.globs.length === 0) return () => false;
  const match = globMatcher(ignore.globs, { dot: true });
  return (p) => match(relativePath(ignore.dir, path.resolve(cwd, p)));
}

/**
 * Markdown-named entries a search for files passes over without a word: pipes, sockets, devices,
 * and symbolic links that lead nowhere, loop or lead to one of those. They are linted, so that
 * each is reported as a file that cannot be read, as it would be if named.
 */
async function unreadableEntries(root: string, everyLink = false): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await entriesBelow(root)) {
    if (entry.isFile() || entry.isDirectory() || !/\.(md|markdown)$/.test(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = relativePath(root, full);
    if (entry.isSymbolicLink() && !everyLink) {
      const target = await stat(full).catch(() => undefined);
      if (target?.isFile() || target?.isDirectory()) continue;
    }
    found.push(rel);
  }
  return found;
}

/** Markdown-named symbolic links under `root` that globs relative to `dir` match, relative to `root`: the ones a search that does not follow links leaves out. */
async function linksMatching(globs: readonly string[], dir: string, root: string): Promise<string[]> {
  const match = globMatcher(globs, { dot: false });
  const links = (await entriesBelow(root)).filter((e) => e.isSymbolicLink() && /\.(md|markdown)$/.test(e.name));
  return links.map((e) => relativePath(root, path.join(e.parentPath, e.name))).filter((rel) => match(relativePath(dir, path.join(root, rel))));
}

/** Folders a search for documents never enters (alwaysIgnored): a repository's installed packages alone may hold 100,000 files. */
const skippedFolders = new Set(['node_modules', '.git']);

/**
 * Every entry below `root` (links not followed), as a recursive `readdir` lists them, but none
 * inside a skipped folder, which is never read, nor inside a folder that cannot be read.
 */
async function entriesBelow(root: string): Promise<Dirent[]> {
  const found: Dirent[] = [];
  const folders = [root];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
      found.push(entry);
      if (entry.isDirectory() && !skippedFolders.has(entry.name)) folders.push(path.join(entry.parentPath, entry.name));
    }
  }
  return found;
}

/**
 * Whether something is at this path though it cannot be followed to a file: a broken or looping
 * link, an entry in a folder this user may not search, or a name whose bytes are not UTF-8 (a
 * path from the command line, decoded as UTF-8, holds U+FFFD where they were).
 */
async function isEntry(full: string): Promise<boolean> {
  const code = await lstat(full).then(
    () => undefined,
    (error: NodeJS.ErrnoException) => error.code ?? 'error',
  );
  if (code === undefined) return true;
  if (code !== 'ENOENT' && code !== 'ENOTDIR') return true;
  return undecodableName(full);
}

/**
 * Whether the path's last part is the name of an entry whose bytes are not valid UTF-8: decoded as
 * UTF-8 it holds U+FFFD where they were, and names nothing. src/node/files.ts asks it too, to say
 * why such a file cannot be read.
 */
export function undecodableName(full: string): boolean {
  const name = path.basename(full);
  if (!name.includes('\uFFFD')) return false;
  try {
    return readdirSync(path.dirname(full), { encoding: 'buffer' }).some((bytes) => bytes.toString('utf8') === name && !Buffer.from(name).equals(bytes));
  } catch {
    return false;
  }
}
