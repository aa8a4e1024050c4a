/**
 * Everything an adapter needs from configuration, in one call: the file found (or given), the
 * inputs layered over it, which documents to lint, and the resolver for each document's settings.
 */
import { findConfigured, findDocuments, type FoundDocuments, type Ignore } from './files.js';
import { inputLayer, type SettingInputs } from './inputs.js';
import { fileLayers, loadConfig } from './load.js';
import { ConfigError } from './problems.js';
import { createResolver, type Resolver } from './resolve.js';

export interface Setup {
  /** The configuration file used, relative to the working directory. */
  file?: string;
  resolve: Resolver;
  /** Documents named by `args`, or by the configuration's `files` (else every Markdown file) when there are none. */
  find(args: readonly string[]): Promise<FoundDocuments>;
}

/** Throws ConfigError (every problem of the file and inputs) before any document is read. */
export async function setup(cwd: string, options: { config?: string; inputs?: SettingInputs } = {}): Promise<Setup> {
  // Both are read before either fails, so one run reports every problem of the file and the inputs.
  const [file, input] = await Promise.allSettled([loadConfig(cwd, options.config), Promise.resolve().then(() => (options.inputs ? inputLayer(options.inputs) : undefined))]);
  const failed = [file, input].flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  const problems = failed.flatMap((e) => (e instanceof ConfigError ? e.problems : []));
  if (failed.some((e) => !(e instanceof ConfigError))) throw failed.find((e) => !(e instanceof ConfigError));
  if (problems.length > 0) throw new ConfigError(problems);
  const loaded = (file as PromiseFulfilledResult<Awaited<ReturnType<typeof loadConfig>>>).value;
  const inputs = (input as PromiseFulfilledResult<ReturnType<typeof inputLayer>>).value;
  const { top, overrides } = fileLayers(loaded);
  const ignore: Ignore = { dir: loaded.dir, globs: loaded.settings.ignore ?? [] };
  return {
    file: loaded.file,
    resolve: createResolver({ dir: loaded.dir, top, overrides, inputs }, cwd),
    find: (args) => {
      if (args.length > 0) return findDocuments(args, cwd, ignore);
      if (loaded.settings.files) return findConfigured(loaded.settings.files, loaded.dir, cwd, ignore);
      return findDocuments(['.'], cwd, ignore);
    },
  };
}
