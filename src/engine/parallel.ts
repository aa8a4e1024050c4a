/**
 * Linting many files on every core: worker threads (node:worker_threads), each with its own
 * speller, pull files from one queue; results come back in the order of the paths. Few files are
 * linted in this thread, since a worker costs its start-up (compiling the engine, loading its own
 * spelling data) before its first file. Configuration is resolved here and sent as plain data, once per
 * distinct setting, so each worker's caches hit as they do in one thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileResult, ResolvedConfig } from '../core/types.js';
import { defaultConfig } from './config.js';
import { lintFiles } from './files.js';
import { typoLocale, type Resolve } from './lint.js';

export type ToWorker = { type: 'config'; id: number; config: ResolvedConfig } | { type: 'lint'; index: number; path: string; config: number };

/** Below this many files per worker, starting one costs more than it saves. */
export const filesPerWorker = 32;
/** Young-generation size of a worker's heap (MB). */
const youngGenerationMb = 32;
/** Files handed to a worker ahead of its answers, so it never waits for the next one. */
const inFlight = 4;

export interface PoolOptions {
  /** How many worker threads; `auto` (the default) uses every core when there are enough files. */
  workers?: number | 'auto';
}

/** The worker threads a run would use: 0 means this thread lints every file. */
export function workerCount(files: number, workers: PoolOptions['workers'] = 'auto'): number {
  const wanted = workers === 'auto' ? availableParallelism() : workers;
  const useful = Math.min(wanted, Math.floor(files / filesPerWorker));
  return useful >= 2 && workerScript() ? useful : 0;
}

/** The worker's file beside this module (lib/engine/, or dist/ where the bundles put it); absent under a test runner's transform. */
function workerScript(): string | undefined {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lint-worker.js');
  return existsSync(file) ? file : undefined;
}

export async function lintFilesInParallel(paths: readonly string[], cwd: string, resolve: Resolve = defaultConfig, options: PoolOptions = {}): Promise<FileResult[]> {
  const count = workerCount(paths.length, options.workers);
  if (count === 0) return lintFiles(paths, cwd, resolve);

  const configs = paths.map(resolve);
  const ids = new Map<ResolvedConfig, number>();
  for (const config of configs) if (!ids.has(config)) ids.set(config, ids.size);
  const locales = [...new Set([...ids.keys()].flatMap((c) => (c.rules.typo && c.rules.typo.level !== 'off' ? [typoLocale(c.rules.typo.options)] : [])))];

  const results: FileResult[] = new Array(paths.length);
  let next = 0;
  // A bounded young generation: V8 otherwise grows it to over 100 MB a thread for these short-lived
  // trees. Measured with 2 workers on 1,000 files (peak RSS, wall): unbounded 684-727 MB, 8.3-9.8 s;
  // 8 MB 418-439 MB, 9.3-11.5 s (trees promoted, more full collections); 32 MB 428-462 MB,
  // 8.8-9.7 s. Not a cap on the old generation: a large document still gets the heap it needs.
  const workers = Array.from({ length: count }, () => new Worker(workerScript()!, { workerData: { cwd, locales }, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolveWorker, reject) => {
            const sent = new Set<number>();
            let pending = 0;
            const feed = () => {
              while (pending < inFlight && next < paths.length) {
                const index = next++;
                const id = ids.get(configs[index]!)!;
                if (!sent.has(id)) {
                  worker.postMessage({ type: 'config', id, config: configs[index]! } satisfies ToWorker);
                  sent.add(id);
                }
                worker.postMessage({ type: 'lint', index, path: paths[index]!, config: id } satisfies ToWorker);
                pending++;
              }
              if (pending === 0) resolveWorker();
            };
            worker.on('message', ({ index, result }: { index: number; result: FileResult }) => {
              results[index] = result;
              pending--;
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (pending > 0 ? reject(new Error(`a lint worker stopped (exit code ${code}) with ${pending} files unfinished`)) : undefined));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
