/**
 * Reading documents from disk for the adapters. A file that cannot be read, or is over the size
 * limit, becomes a finding without its bytes being read; the other files go on. Many files are
 * read a few ahead of the one being linted, so the disk works while the engine does; nothing is
 * held longer than that.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileResult, Finding, ResolvedConfig } from '../core/types.js';
import { checkFinding, fileChecks, maxBytes, tooLargeFinding } from './checks.js';
import { defaultConfig } from './config.js';
import { lintDocument, type Resolve } from './lint.js';

const reasons: Record<string, string> = {
  ENOENT: 'it does not exist (deleted, or a broken symbolic link)',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'its symbolic links loop',
};

/** A file's bytes, or the finding that says why it was not linted. */
type Read = { path: string; bytes: Uint8Array } | FileResult;

async function readDocument(p: string, cwd: string, config: ResolvedConfig): Promise<Read> {
  const absolute = path.resolve(cwd, p);
  const only = (finding: Finding | undefined): FileResult => ({ path: p, messages: finding ? [finding] : [] });
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.size > maxBytes(config)) return only(tooLargeFinding(p, info.size, config));
    return { path: p, bytes: await readFile(absolute) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const why = reasons[code] ?? (error as Error).message;
    return only(checkFinding(fileChecks.unreadable, config, `Cannot read \`${p}\`: ${why} (${code}); the other files were linted`));
  }
}

async function lintRead(read: Read, config: ResolvedConfig): Promise<FileResult> {
  return 'bytes' in read ? lintDocument({ path: read.path, contents: read.bytes }, config) : read;
}

export async function lintFile(p: string, cwd: string, resolve: Resolve = defaultConfig): Promise<FileResult> {
  const config = resolve(p);
  return lintRead(await readDocument(p, cwd, config), config);
}

/** Files read ahead of the one being linted. */
const readAhead = 4;

export async function lintFiles(paths: readonly string[], cwd: string, resolve: Resolve = defaultConfig): Promise<FileResult[]> {
  const configs = paths.map(resolve);
  const reads: (Promise<Read> | undefined)[] = [];
  const start = (i: number) => {
    if (i < paths.length) reads[i] = readDocument(paths[i]!, cwd, configs[i]!);
  };
  for (let i = 0; i < readAhead; i++) start(i);
  const results: FileResult[] = [];
  for (let i = 0; i < paths.length; i++) {
    const read = await reads[i]!;
    reads[i] = undefined;
    start(i + readAhead);
    results.push(await lintRead(read, configs[i]!));
  }
  return results;
}
