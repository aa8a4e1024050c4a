/**
 * Reading documents from disk for the adapters, one at a time (nothing is held longer than its
 * lint). A file that cannot be read, or is over the size limit, becomes a finding without its
 * bytes being read; the other files go on.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileResult, Finding } from '../core/types.js';
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

export async function lintFile(p: string, cwd: string, resolve: Resolve = defaultConfig): Promise<FileResult> {
  const config = resolve(p);
  const absolute = path.resolve(cwd, p);
  const only = (finding: Finding | undefined): FileResult => ({ path: p, messages: finding ? [finding] : [] });
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.size > maxBytes(config)) return only(tooLargeFinding(p, info.size, config));
    return await lintDocument({ path: p, contents: await readFile(absolute) }, config);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const why = reasons[code] ?? (error as Error).message;
    return only(checkFinding(fileChecks.unreadable, config, `Cannot read \`${p}\`: ${why} (${code}); the other files were linted`));
  }
}

export async function lintFiles(paths: readonly string[], cwd: string, resolve: Resolve = defaultConfig): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const p of paths) results.push(await lintFile(p, cwd, resolve));
  return results;
}
