/**
 * Finds the configuration the way the ecosystem does (as lilconfig and cosmiconfig search, from the
 * working directory up): `package.json` (`rolelint` key), `.rolelintrc.json`, `.rolelintrc.yaml`,
 * `.rolelintrc.yml`, `rolelint.config.json`; or the file given by `--config` / the `config` input.
 * Every file it reads (those and the files they extend and name as words files) must be a regular
 * file of at most 1 MiB (a words file 4 MiB), and in the Action inside the workspace: a link to `/dev/zero`, a named pipe
 * or `/proc/self/environ` is a problem reported at the key that names it, never a read. Files are parsed
 * with `yaml` (JSON is YAML) so every problem is reported at its line and column. A file's
 * `extends` names the configurations it builds on, as markdownlint's and ESLint's do: files beside
 * it or packages (an organisation's shared settings), loaded before it.
 */
import { statSync } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isMap, isNode, isPair, isScalar, LineCounter, type Document } from 'yaml';
import { parseYamlDocument } from '../text/yaml.js';
import { ConfigError, keyPath, type ConfigProblem } from './problems.js';
import type { Layer, Settings } from './settings.js';
import { validateSettings, type Locate, type Segment } from './validate.js';

export const configFileNames = ['package.json', '.rolelintrc.json', '.rolelintrc.yaml', '.rolelintrc.yml', 'rolelint.config.json'];

/** Words of a file's top-level `wordsFile`, then of each override's. */
type FileWords = { top?: string[]; overrides: (string[] | undefined)[] };

/** A configuration file that another extends. */
export interface BaseConfig {
  /** The file, relative to the working directory where it is inside it. */
  file: string;
  settings: Settings;
  fileWords: FileWords;
}

export interface LoadedConfig {
  /** The file, relative to the working directory; undefined when none was found. */
  file?: string;
  /** The folder globs are relative to (the file's, else the working directory), those of the files it extends included. */
  dir: string;
  settings: Settings;
  fileWords: FileWords;
  /** The configurations it extends, each after the ones it extends itself: layered before it, in this order. */
  bases: BaseConfig[];
  /** The documents to lint without paths: its own `files`, else the last of its bases' that has them. */
  files?: string[];
  /** The `ignore` globs of every file, bases first. */
  ignore: string[];
  /** Every file the configuration was read from (itself, those it extends, its words files), absolute. */
  sources: string[];
}

interface Parsed {
  doc: Document;
  lines: LineCounter;
}

/** Where configuration files may be read from. */
interface Reading {
  cwd: string;
  /** A folder no file outside of which is read (the Action's workspace); the search stops there too. */
  within?: string;
  /** The files read that make up the configuration (extended files and words files): added to as they are read. */
  sources: string[];
}

/** Find and load the configuration; throws ConfigError listing every problem. */
export async function loadConfig(cwd: string, explicit?: string, options: { within?: string } = {}): Promise<LoadedConfig> {
  const reading: Reading = { cwd, within: options.within, sources: [] };
  const parsed = new Map<string, Parsed>();
  const problems: ConfigProblem[] = [];
  const loader = (filepath: string, content: string) => {
    const isPackage = path.basename(filepath) === 'package.json';
    // Most repositories have a package.json and few hold our key in it: the native JSON parser
    // (~0.1 ms) decides whether the YAML parse, kept for its positions, is needed at all (12-15 ms
    // on a first run, where every run of the Action is one).
    if (isPackage) {
      const json = parseJson(content);
      if (isObject(json) && !Object.hasOwn(json, 'rolelint')) return json;
    }
    const source = parseWithPositions(content);
    parsed.set(filepath, source);
    // A broken package.json is npm's to report; it only matters here if it holds our key.
    if (isPackage && source.doc.errors.length > 0) return {};
    problems.push(...parseProblems(source, display(cwd, filepath)));
    return source.doc.errors.length > 0 ? {} : source.doc.toJS();
  };

  let result: { filepath: string; config: unknown } | undefined;
  try {
    result = explicit ? await loadFile(path.resolve(cwd, explicit), loader, reading) : await search(cwd, loader, reading);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    throw new ConfigError([{ source: display(cwd, error.file), keyPath: '', message: `cannot read the configuration file: ${error.message}` }]);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  if (!result) return { dir: cwd, settings: {}, fileWords: { overrides: [] }, bases: [], ignore: [], sources: [] };

  const file = display(cwd, result.filepath);
  const dir = path.dirname(result.filepath);
  const inPackage = path.basename(result.filepath) === 'package.json';
  const prefix: Segment[] = inPackage ? ['rolelint'] : [];
  const source = parsed.get(result.filepath);
  const locate: Locate = source ? (segments, key) => position(source, segments, key) : () => undefined;
  const settled = await settle(result.config ?? {}, result.filepath, prefix, locate, reading, problems, [result.filepath]);
  if (!settled || problems.length > 0) throw new ConfigError(problems);
  const { settings: s, fileWords, bases } = settled;
  const files = s.files ?? bases.findLast((b) => b.settings.files)?.settings.files;
  const ignore = [...bases, { settings: s }].flatMap((b) => b.settings.ignore ?? []);
  return { file, dir, settings: s, fileWords, bases, files, ignore, sources: [result.filepath, ...reading.sources] };
}

/**
 * A configuration file's settings once read: validated, its words files read (relative to its
 * folder) and the files it extends loaded. Undefined, with its problems added, when they do not
 * validate; the same for the file found and each it extends.
 */
async function settle(value: unknown, filepath: string, prefix: Segment[], locate: Locate, reading: Reading, problems: ConfigProblem[], chain: readonly string[]): Promise<{ settings: Settings; fileWords: FileWords; bases: BaseConfig[] } | undefined> {
  const file = display(reading.cwd, filepath);
  const invalid = validateSettings(value, file, locate, prefix);
  if (invalid.length > 0) {
    problems.push(...invalid);
    return undefined;
  }
  const settings = value as Settings;
  const fileWords = await readFileWords(settings, path.dirname(filepath), file, prefix, locate, problems, reading);
  return { settings, fileWords, bases: await loadBases(settings, filepath, prefix, locate, reading, problems, chain) };
}

/** Reads a file's `wordsFile`s, relative to its own folder. */
async function readFileWords(s: Settings, dir: string, file: string, prefix: Segment[], locate: Locate, problems: ConfigProblem[], reading: Reading): Promise<FileWords> {
  const read = (wordsFile: string | undefined, segments: Segment[]) =>
    wordsFile === undefined ? undefined : readWords(path.resolve(dir, wordsFile), file, keyPath([...prefix, ...segments]), locate([...prefix, ...segments]), problems, reading);
  return {
    top: await read(s.wordsFile, ['wordsFile']),
    overrides: await Promise.all((s.overrides ?? []).map((o, i) => read(o.wordsFile, ['overrides', i, 'wordsFile']))),
  };
}

/**
 * The configurations `settings.extends` names, each preceded by those it extends itself, so that
 * folding them in order lets every file override what it builds on. Every problem of every file is
 * collected, each at its own file, line and key.
 */
async function loadBases(settings: Settings, filepath: string, prefix: Segment[], locate: Locate, reading: Reading, problems: ConfigProblem[], chain: readonly string[]): Promise<BaseConfig[]> {
  const { cwd } = reading;
  const names = settings.extends === undefined ? [] : Array.isArray(settings.extends) ? settings.extends : [settings.extends];
  const bases: BaseConfig[] = [];
  for (const [i, name] of names.entries()) {
    const segments = [...prefix, 'extends', ...(Array.isArray(settings.extends) ? [i] : [])];
    const problem = (message: string) => problems.push({ source: display(cwd, filepath), ...locate(segments), keyPath: keyPath(segments), message });
    const target = resolveBase(name, path.dirname(filepath));
    if (target === notAFile) {
      const shown = display(cwd, path.resolve(path.dirname(filepath), name));
      problem(`\`${name}\`${shown === name ? '' : ` (\`${shown}\`)`} is not a regular file (a folder, a device or a pipe); name a JSON or YAML file`);
      continue;
    }
    if (!target) {
      problem(`cannot find \`${name}\`: ${isPathName(name) ? `no such file (\`${display(cwd, path.resolve(path.dirname(filepath), name))}\`)` : `no such file beside ${path.basename(filepath)}, and no package of that name is installed where it can be found`}`);
      continue;
    }
    if (chain.includes(target)) {
      problem(`\`${name}\` extends this file again: ${[...chain, target].map((f) => display(cwd, f)).join(' -> ')}`);
      continue;
    }
    if (!/\.(?:json|ya?ml)$/i.test(target)) {
      problem(`\`${name}\` is \`${display(cwd, target)}\`; rolelint reads configurations in JSON or YAML only`);
      continue;
    }
    let content: string;
    try {
      content = await readLimited(target, reading);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      problem(`cannot read \`${display(cwd, target)}\`: ${error.message}`);
      continue;
    }
    reading.sources.push(target);
    const file = display(cwd, target);
    const source = parseWithPositions(content);
    const parseErrors = parseProblems(source, file);
    if (parseErrors.length > 0) {
      problems.push(...parseErrors);
      continue;
    }
    // A package.json holds its settings under `rolelint`, as the one searched for does.
    const inPackage = path.basename(target) === 'package.json';
    const whole: unknown = source.doc.toJS() ?? {};
    const value = inPackage && isObject(whole) ? (whole as Record<string, unknown>).rolelint : whole;
    if (value === undefined) {
      problem(`\`${display(cwd, target)}\` has no \`rolelint\` key`);
      continue;
    }
    const at: Locate = (s, key) => position(source, s, key);
    const settled = await settle(value, target, inPackage ? ['rolelint'] : [], at, reading, problems, [...chain, target]);
    if (settled) bases.push(...settled.bases, { file, settings: settled.settings, fileWords: settled.fileWords });
  }
  return bases;
}

/** A name written as a path (`./base.yaml`, `/etc/rolelint.json`), never a package's. */
function isPathName(name: string): boolean {
  return name.startsWith('.') || path.isAbsolute(name);
}

/** Said of an `extends` path that is there but is no file: `/dev/zero`, a folder. */
const notAFile = Symbol('not a file');

/** A file beside the configuration, else a package (or a file in one) installed where it can see it. */
function resolveBase(name: string, from: string): string | typeof notAFile | undefined {
  const file = path.resolve(from, name);
  const info = statSync(file, { throwIfNoEntry: false });
  if (info?.isFile()) return file;
  if (info && isPathName(name)) return notAFile;
  if (isPathName(name)) return undefined;
  try {
    return createRequire(path.join(from, 'package.json')).resolve(name);
  } catch {
    return undefined;
  }
}

/**
 * The layers of a loaded configuration in the order resolve() folds them: each file's top level,
 * then its overrides (which apply to the documents their `files` match), the files it extends
 * first, so that everything a file says wins over what it builds on.
 */
export function fileLayers(config: LoadedConfig): (Layer & { files?: string[] })[] {
  const files = [...config.bases, { file: config.file ?? 'defaults', settings: config.settings, fileWords: config.fileWords }];
  return files.flatMap((f) => [
    { settings: f.settings, source: f.file, fileWords: f.fileWords.top },
    ...(f.settings.overrides ?? []).map((o, i) => ({ settings: o, files: o.files, source: `${f.file} overrides[${i}]`, fileWords: f.fileWords.overrides[i] })),
  ]);
}

function parseWithPositions(content: string): Parsed {
  const lines = new LineCounter();
  return { doc: parseYamlDocument(content, { lineCounter: lines, prettyErrors: false, logLevel: 'error' }), lines };
}

function parseProblems({ doc, lines }: Parsed, source: string): ConfigProblem[] {
  return doc.errors.map((error) => {
    const { line, col } = lines.linePos(error.pos[0]);
    return { source, line, column: col, keyPath: '', message: `cannot parse: ${error.message.split('\n')[0]}` };
  });
}

async function readWords(file: string, source: string, key: string, at: { line: number; column: number } | undefined, problems: ConfigProblem[], reading: Reading): Promise<string[] | undefined> {
  try {
    const text = await readLimited(file, reading, maxWordsFileBytes);
    reading.sources.push(file);
    // A configuration named in its place (cspell's .cspell.json) would give its keys and braces as words.
    if (/\.(?:jsonc?|ya?ml)$/i.test(file) || /^\s*[{[]/.test(text)) {
      const cspell = /cspell/i.test(path.basename(file)) ? ": for cspell's words, name the words file its `dictionaryDefinitions` list (`project-words.txt`), or copy its `words` into `words`" : '';
      problems.push({ source, ...at, keyPath: key, message: `\`${path.basename(file)}\` is a configuration, not a words file (one word a line, \`#\` for comments)${cspell}` });
      return undefined;
    }
    return text
      .split(/\r\n|\r|\n/)
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter(Boolean);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    problems.push({ source, ...at, keyPath: key, message: `cannot read the words file \`${file}\`: ${error.message}` });
    return undefined;
  }
}

/**
 * The most a configuration file may hold. Parsed with positions kept (for problems at their line),
 * 1 MiB of YAML or JSON (130,000 words) takes 350-380 MB and a second; 20 MB (two million words)
 * took 2.9 GB. No configuration comes near it.
 */
export const maxConfigFileBytes = 1024 * 1024;
/** The most a words file may hold: plain lines, 4 MiB (470,000 words) take 230 MB. */
export const maxWordsFileBytes = 4 * 1024 * 1024;

/** A file the configuration could not be read from, and why. */
class Refused extends Error {
  constructor(
    readonly file: string,
    why: string,
  ) {
    super(why);
  }
}

/**
 * A configuration or words file's text, or Refused saying why not: no such file, not a regular
 * file (a pipe or a device would never end), over its limit, or outside the folder reading is kept
 * within. Read through one handle, at most the limit and one byte: a file of the system's that
 * says it is empty (`/proc`) still cannot be read without end.
 */
async function readLimited(file: string, reading: Reading, limit = maxConfigFileBytes): Promise<string> {
  const most = `${limit / 2 ** 20} MiB`;
  const what = limit === maxWordsFileBytes ? 'a words file' : 'a configuration file';
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new Refused(file, error.code === 'ENOENT' ? 'no such file' : error.code === 'ELOOP' ? 'its symbolic links loop' : error.message);
  });
  if (info.isDirectory()) throw new Refused(file, 'it is a directory');
  if (!info.isFile()) throw new Refused(file, 'it is not a regular file (a device, a pipe or a socket)');
  if (info.size > limit) throw new Refused(file, `it is ${(info.size / 2 ** 20).toFixed(1)} MiB, more than the ${most} ${what} may have`);
  if (reading.within !== undefined) {
    const [real, root] = await Promise.all([realpath(file), realpath(reading.within)]);
    const rel = path.relative(root, real);
    if (rel.startsWith('..') || path.isAbsolute(rel) || rel === '.git' || rel.startsWith(`.git${path.sep}`)) {
      throw new Refused(file, `it is ${real === path.resolve(file) ? '' : `a link to \`${real}\`, `}outside the workspace (or in its \`.git\` folder), and the Action reads configuration only from files in it`);
    }
  }
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) ({ bytesRead: read } = await handle.read(buffer, length, buffer.length - length));
    if (length > limit) throw new Refused(file, `it is more than the ${most} ${what} may have`);
    return buffer.toString('utf8', 0, length);
  } finally {
    await handle.close();
  }
}

type Loader = (filepath: string, content: string) => unknown;

/** A configuration file named by `--config` or the `config` input: empty is `{}`, a package.json gives its `rolelint` key. */
async function loadFile(filepath: string, loader: Loader, reading: Reading): Promise<{ filepath: string; config: unknown }> {
  const content = await readLimited(filepath, reading);
  if (path.basename(filepath) === 'package.json') return { filepath, config: packageConfig(loader(filepath, content)) };
  return { filepath, config: content.trim() === '' ? undefined : loader(filepath, content) };
}

/**
 * The first configuration from `cwd` up (to the workspace, where reading is kept within it, else
 * to the file system's root), in `configFileNames` order in each folder; a package.json without
 * the `rolelint` key and an empty file are passed over, as lilconfig and cosmiconfig do.
 */
async function search(cwd: string, loader: Loader, reading: Reading): Promise<{ filepath: string; config: unknown } | undefined> {
  const stop = reading.within === undefined ? path.parse(cwd).root : path.resolve(reading.within);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of configFileNames) {
      const filepath = path.join(dir, name);
      if (!(await stat(filepath).catch(() => undefined))) continue;
      const content = await readLimited(filepath, reading);
      if (name === 'package.json') {
        const config = packageConfig(loader(filepath, content));
        if (config != null) return { filepath, config };
      } else if (content.trim() !== '') {
        return { filepath, config: loader(filepath, content) };
      }
    }
    if (dir === stop || dir === path.dirname(dir)) return undefined;
  }
}

function packageConfig(pkg: unknown): unknown {
  return isObject(pkg) ? (pkg as Record<string, unknown>).rolelint : undefined;
}

function position({ doc, lines }: Parsed, segments: readonly Segment[], key?: boolean): { line: number; column: number } | undefined {
  let offset: number | undefined;
  if (key && segments.length > 0) {
    const parent = doc.getIn(segments.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === segments.at(-1));
      if (pair && isNode(pair.key)) offset = pair.key.range?.[0];
    }
  } else {
    const node = segments.length === 0 ? doc.contents : doc.getIn(segments, true);
    if (isNode(node)) offset = node.range?.[0];
  }
  if (offset === undefined) return segments.length > 0 ? position({ doc, lines }, segments.slice(0, -1)) : undefined;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function display(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') ? file : relative || path.basename(file);
}
