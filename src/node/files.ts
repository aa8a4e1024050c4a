/**
 * Reading documents from disk for the adapters. A file that cannot be read, or is over the size
 * limit, becomes a finding without its bytes being read; the other files go on. Files are read
 * synchronously, one at a time, as ESLint and markdownlint-cli2 do: a small file comes from the page
 * cache in tens of microseconds, while the promise API's file handles cost ~0.3 ms of this thread's
 * time per file (stat, open, fstat, read, close; measured over 1,000 files), more than the wait it
 * could overlap. Nothing is held longer than the document being linted. Files are written only
 * with `fix` (fix.ts).
 */
import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { FileResult, Finding, ResolvedConfig } from '../core/types.js';
import { checkFinding, fileChecks, maxBytes, tooLargeFinding } from '../engine/checks.js';
import { defaultConfig } from '../engine/config.js';
import { fixDocument } from './fix.js';
import { lintOne, vocabularyOf, type Resolve } from './lint.js';
import { needs } from '../engine/lint.js';
import { termDocuments } from '../text/vocabulary.js';
import { projectRoot } from './project-root.js';
import { undecodableName } from '../config/files.js';

/** Why a file cannot be read, by error code: said of the path, and of where a link leads. */
const reasons: Record<string, { path: string; target: string }> = {
  ENOENT: { path: 'it does not exist (deleted since it was listed)', target: 'does not exist' },
  EISDIR: { path: 'it is a directory', target: 'is a directory' },
  EACCES: { path: 'permission denied', target: 'may not be read (permission denied)' },
  EPERM: { path: 'permission denied', target: 'may not be read (permission denied)' },
  ELOOP: { path: 'its symbolic links loop', target: 'is a link in a loop of links' },
};

/** A file's bytes, or the finding that says why it was not linted. */
type Read = { path: string; absolute: string; bytes: Uint8Array } | FileResult;

export interface LintFileOptions {
  /** The words the project's documents use consistently (see projectVocabularyOf); none without. */
  vocabulary?: ReadonlySet<string>;
  /** Write the fixes of fixable findings into the file (`--fix`), and report what remains. */
  fix?: boolean;
  /**
   * Read nothing outside this folder, nor in its `.git` (the Action's workspace, where a pull
   * request may add a link to the runner's files or to the checkout's credentials): a path that
   * leads elsewhere is a finding on it, and is not read.
   */
  within?: string;
}

function readDocument(p: string, cwd: string, config: ResolvedConfig, within?: string): Read {
  const absolute = path.resolve(cwd, p);
  const only = (finding: Finding | undefined): FileResult => ({ path: p, messages: finding ? [finding] : [] });
  const unreadable = (why: string) => only(checkFinding(fileChecks.unreadable, config, `Cannot read \`${p}\`: ${why}; the other files were linted`));
  const elsewhere = within === undefined ? undefined : outside(absolute, within);
  if (elsewhere !== undefined) {
    const target = linkTarget(absolute);
    const how = target === undefined ? `it leads through a symbolic link to \`${elsewhere.real}\`` : `it is a symbolic link to \`${target}\``;
    return unreadable(`${how}, which is ${elsewhere.where}; only files in the workspace are read, so it was not`);
  }
  // Said of the path, or of where it leads when it is a symbolic link.
  const cannot = (ofPath: string, ofTarget: string, code?: string) => {
    const target = linkTarget(absolute);
    const why = target === undefined ? ofPath : `it is a symbolic link to \`${target}\`, which ${ofTarget}`;
    return unreadable(code ? `${why} (${code})` : why);
  };
  try {
    const info = statSync(absolute);
    if (info.isDirectory()) return cannot(reasons.EISDIR!.path, reasons.EISDIR!.target, 'EISDIR');
    // A FIFO or a device would block the read, or never end.
    if (!info.isFile()) return cannot(`it is not a regular file but ${special(info)}`, `is not a regular file but ${special(info)}`);
    if (info.size > maxBytes(config)) return only(tooLargeFinding(p, info.size, config));
    return { path: p, absolute, bytes: readFileSync(absolute) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT' && undecodableName(absolute)) {
      return unreadable('its name is not valid UTF-8 (the bytes that are not show as U+FFFD), so no program can open it by the name it is given here; rename it');
    }
    const reason = reasons[code];
    if (!reason) return unreadable(`${(error as Error).message.replace(/^\w+: /, '')}`);
    return cannot(reason.path, reason.target, code);
  }
}

/** Real paths of the folders files are kept within, resolved once. */
const realRoots = new Map<string, string>();

/** Where a path really is when that is outside `within` or in its `.git`; undefined when it is inside (or cannot be resolved: reading it will say why). */
function outside(absolute: string, within: string): { real: string; where: string } | undefined {
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    return undefined;
  }
  let root = realRoots.get(within);
  if (root === undefined) realRoots.set(within, (root = realpathSync(within)));
  const rel = path.relative(root, real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { real, where: 'outside the workspace' };
  if (rel === '.git' || rel.startsWith(`.git${path.sep}`)) return { real, where: "in the checkout's `.git` folder" };
  return undefined;
}

/** Where a symbolic link leads, as it is written; undefined for a path that is no link. */
function linkTarget(absolute: string): string | undefined {
  try {
    return lstatSync(absolute).isSymbolicLink() ? readlinkSync(absolute) : undefined;
  } catch {
    return undefined;
  }
}

function special(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a file or folder';
}


export async function lintFile(p: string, cwd: string, resolve: Resolve = defaultConfig, options: LintFileOptions = {}): Promise<FileResult> {
  const config = resolve(p);
  const read = readDocument(p, cwd, config, options.within);
  if (!('bytes' in read)) return read;
  const document = { path: read.path, contents: read.bytes, cwd, root: projectRoot(cwd) };
  const result = await lintOne(document, config, options.vocabulary);
  return options.fix && result.messages.some((m) => m.fix) ? fixDocument(document, read.absolute, config, result) : result;
}

export async function lintFiles(paths: readonly string[], cwd: string, resolve: Resolve = defaultConfig, options: LintFileOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const p of paths) results.push(await lintFile(p, cwd, resolve, options));
  return results;
}

/**
 * The vocabulary of the project whose documents are `paths` (every document of the repository,
 * where only some are linted): read as linting reads them (nothing outside `within`, nothing over
 * the size limit; one that cannot be read adds nothing), where an enabled rule needs it.
 */
export function projectVocabularyOf(paths: readonly string[], cwd: string, resolve: Resolve, within?: string): ReadonlySet<string> | undefined {
  if (paths.length < termDocuments || !paths.some((p) => needs(resolve(p), 'vocabulary'))) return undefined;
  const texts: Uint8Array[] = [];
  for (const p of paths) {
    const read = readDocument(p, cwd, resolve(p), within);
    if ('bytes' in read) texts.push(read.bytes);
  }
  return vocabularyOf(texts);
}
