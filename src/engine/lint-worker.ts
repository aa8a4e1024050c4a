/**
 * A lint worker thread: loads the spelling data as soon as it starts (while the main thread is
 * still finding files), then lints the files it is sent, one at a time, with the configuration
 * the main thread resolved for each (sent once per distinct configuration).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/types.js';
import { loadSpeller, type Locale } from './dictionaries.js';
import { lintFile, type LintFileOptions } from './files.js';
import type { ToWorker } from './parallel.js';

const { cwd, locales, ...options } = workerData as { cwd: string; locales: Locale[] } & LintFileOptions;
for (const locale of locales) void loadSpeller(locale);
const configs = new Map<number, ResolvedConfig>();

parentPort!.on('message', async (message: ToWorker) => {
  if (message.type === 'config') {
    configs.set(message.id, message.config);
    return;
  }
  const config = configs.get(message.config)!;
  parentPort!.postMessage({ index: message.index, result: await lintFile(message.path, cwd, () => config, options) });
});
