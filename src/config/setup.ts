/**
 * Everything an adapter needs from configuration, in one call: the file found (or given), the
 * inputs layered over it, which documents to lint, and the resolver for each document's settings.
 */
import { findConfigured, findDocuments, ignoreMatcher, selectsDocument, type FindOptions, type FoundDocuments, type Ignore } from './files.js';
import { inputLayer, type SettingInputs } from './inputs.js';
import { fileLayers, loadConfig } from './load.js';
import { ConfigError, type ConfigProblem } from './problems.js';
import { createResolver, type Resolver } from './resolve.js';

export interface Setup {
  /** The configuration file used, relative to the working directory. */
  file?: string;
  /** The files it extends, in the order they apply (each before what extends it). */
  extends: readonly string[];
  /** Every file the configuration was read from (itself, the files it extends, its words files), absolute. */
  sources: readonly string[];
  resolve: Resolver;
  /** Documents named by `args`, or by the configuration's `files` (else every Markdown file) when there are none. */
  find(args: readonly string[], options?: FindOptions): Promise<FoundDocuments>;
  /** Whether `find([])` would lint this path (relative to the working directory), were it there. */
  selects(path: string): boolean;
  /** Whether the configuration's `ignore` matches this path (relative to the working directory). */
  ignores(path: string): boolean;
  /** The configuration's `files` globs, if it has them. */
  files?: readonly string[];
}

/** Throws ConfigError (every problem of the file and inputs) before any document is read. */
export async function setup(cwd: string, options: { config?: string; inputs?: SettingInputs; within?: string } = {}): Promise<Setup> {
  // Both are read before either fails, so one run reports every problem of the file and the inputs.
  const problems: ConfigProblem[] = [];
  const collect = async <T>(read: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const loaded = await collect(() => loadConfig(cwd, options.config, { within: options.within }));
  const inputs = await collect(() => (options.inputs ? inputLayer(options.inputs) : undefined));
  if (!loaded || problems.length > 0) throw new ConfigError(problems);
  const ignore: Ignore = { dir: loaded.dir, globs: loaded.ignore };
  return {
    file: loaded.file,
    extends: loaded.bases.map((base) => base.file),
    sources: [...new Set(loaded.sources)],
    resolve: createResolver({ dir: loaded.dir, layers: fileLayers(loaded), inputs }, cwd),
    find: (args, findOptions) => {
      if (args.length > 0) return findDocuments(args, cwd, ignore, findOptions);
      if (loaded.files) return findConfigured(loaded.files, loaded.dir, cwd, ignore, findOptions);
      return findDocuments(['.'], cwd, ignore, findOptions);
    },
    selects: selectsDocument(loaded.files, loaded.dir, cwd, ignore),
    ignores: ignoreMatcher(ignore, cwd),
    files: loaded.files,
  };
}
