/**
 * Reading documents from disk for the adapters. A file that cannot be read, or is over the size
 * limit, becomes a finding without its bytes being read; the other files go on. Files are read
 * synchronously, one at a time, as ESLint and markdownlint-cli2 do: a small file comes from the page
 * cache in tens of microseconds, while the promise API's file handles cost ~0.3 ms of this thread's
 * time per file (stat, open, fstat, read, close; measured over 1,000 files), more than the wait it
 * could overlap. Nothing is held longer than the document being linted. Files are written only
 * with `fix` (fix.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FileResult, Finding, ResolvedConfig } from '../core/types.js';
import { checkFinding, fileChecks, maxBytes, tooLargeFinding } from './checks.js';
import { defaultConfig } from './config.js';
import { fixDocument } from './fix.js';
import { lintDocument, type Resolve } from './lint.js';
import { projectRoot } from './project-root.js';

const reasons: Record<string, string> = {
  ENOENT: 'it does not exist (deleted, or a broken symbolic link)',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'its symbolic links loop',
};

/** A file's bytes, or the finding that says why it was not linted. */
type Read = { path: string; absolute: string; bytes: Uint8Array } | FileResult;

export interface LintFileOptions {
  /** Write the fixes of fixable findings into the file (`--fix`), and report what remains. */
  fix?: boolean;
}

function readDocument(p: string, cwd: string, config: ResolvedConfig): Read {
  const absolute = path.resolve(cwd, p);
  const only = (finding: Finding | undefined): FileResult => ({ path: p, messages: finding ? [finding] : [] });
  try {
    const info = statSync(absolute);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    // A FIFO or a device would block the read, or never end.
    if (!info.isFile()) return only(checkFinding(fileChecks.unreadable, config, `Cannot read \`${p}\`: it is not a regular file (a pipe, socket or device); the other files were linted`));
    if (info.size > maxBytes(config)) return only(tooLargeFinding(p, info.size, config));
    return { path: p, absolute, bytes: readFileSync(absolute) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const why = reasons[code] ?? (error as Error).message;
    return only(checkFinding(fileChecks.unreadable, config, `Cannot read \`${p}\`: ${why} (${code}); the other files were linted`));
  }
}

export async function lintFile(p: string, cwd: string, resolve: Resolve = defaultConfig, options: LintFileOptions = {}): Promise<FileResult> {
  const config = resolve(p);
  const read = readDocument(p, cwd, config);
  if (!('bytes' in read)) return read;
  const document = { path: read.path, contents: read.bytes, cwd, root: projectRoot(cwd) };
  const result = await lintDocument(document, config);
  return options.fix && result.messages.some((m) => m.fix) ? fixDocument(document, read.absolute, config, result) : result;
}

export async function lintFiles(paths: readonly string[], cwd: string, resolve: Resolve = defaultConfig, options: LintFileOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const p of paths) results.push(await lintFile(p, cwd, resolve, options));
  return results;
}
