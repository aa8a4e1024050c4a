/** Reading documents from disk for the adapters; a file that cannot be read becomes a finding. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileResult } from '../core/types.js';
import { lintDocument, type Resolve } from './lint.js';
import { defaultConfig } from './config.js';

export async function lintFiles(paths: readonly string[], cwd: string, resolve: Resolve = defaultConfig): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const p of paths) {
    let contents: Uint8Array;
    try {
      contents = await readFile(path.resolve(cwd, p));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      results.push({
        path: p,
        messages: [
          { ruleId: 'file-unreadable', severity: 'error', line: 1, column: 1, message: `Cannot read \`${p}\` (${code}); the other files were linted` },
        ],
      });
      continue;
    }
    results.push(await lintDocument({ path: p, contents }, resolve(p)));
  }
  return results;
}
