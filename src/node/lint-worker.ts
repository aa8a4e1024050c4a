/**
 * A lint worker thread: loads the spelling data as soon as it starts (while the main thread is
 * still finding files and reading the project's vocabulary), then lints the files it is sent, one
 * at a time, with the configuration the main thread resolved for each (sent once per distinct
 * configuration) and the vocabulary (sent once, first).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/types.js';
import { loadSpeller, type Locale } from './dictionaries.js';
import { lintFile, type LintFileOptions } from './files.js';
import type { ToWorker } from './parallel.js';

const { cwd, locales, ...options } = workerData as { cwd: string; locales: Locale[] } & LintFileOptions;
const configs = new Map<number, ResolvedConfig>();

// One file at a time, in the order sent: the pool takes the oldest unanswered file for the one in
// hand when it times a worker.
// The pool's clock for the first file starts once this thread is ready, its spelling data loaded.
let queue: Promise<void> = Promise.all(locales.map((locale) => loadSpeller(locale))).then(() => {
  parentPort!.postMessage({ ready: true });
});
parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'config') {
    configs.set(message.id, message.config);
    return;
  }
  // The project's vocabulary, read by the main thread while this one started: before any file.
  if (message.type === 'vocabulary') {
    options.vocabulary = message.words;
    return;
  }
  const config = configs.get(message.config)!;
  queue = queue
    .then(async () => {
      parentPort!.postMessage({ index: message.index, result: await lintFile(message.path, cwd, () => config, options) });
    })
    // Thrown out of the chain, as an uncaught error the pool hears of, not a queue stuck for good.
    .catch((error: unknown) => {
      setImmediate(() => {
        throw error;
      });
    });
});
