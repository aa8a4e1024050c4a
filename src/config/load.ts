/**
 * Finds the configuration the way the ecosystem does (lilconfig, from the working directory up):
 * `package.json` (`rolelint` key), `.rolelintrc.json`, `.rolelintrc.yaml`, `.rolelintrc.yml`,
 * `rolelint.config.json`; or the file given by `--config` / the `config` input. Files are parsed
 * with `yaml` (JSON is YAML) so every problem is reported at its line and column.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { lilconfig } from 'lilconfig';
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { ConfigError, keyPath, type ConfigProblem } from './problems.js';
import type { Layer, Settings } from './settings.js';
import { validateSettings, type Locate, type Segment } from './validate.js';

export const configFileNames = ['package.json', '.rolelintrc.json', '.rolelintrc.yaml', '.rolelintrc.yml', 'rolelint.config.json'];

export interface LoadedConfig {
  /** The file, relative to the working directory; undefined when none was found. */
  file?: string;
  /** The folder globs and `wordsFile` are relative to (the file's, else the working directory). */
  dir: string;
  settings: Settings;
  /** Words of the top-level `wordsFile`, then of each override's. */
  fileWords: { top?: string[]; overrides: (string[] | undefined)[] };
}

interface Parsed {
  doc: Document;
  lines: LineCounter;
}

/** Find and load the configuration; throws ConfigError listing every problem. */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
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
    const lines = new LineCounter();
    const doc = parseDocument(content, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
    parsed.set(filepath, { doc, lines });
    // A broken package.json is npm's to report; it only matters here if it holds our key.
    if (isPackage && doc.errors.length > 0) return {};
    for (const error of doc.errors) {
      const { line, col } = lines.linePos(error.pos[0]);
      problems.push({ source: display(cwd, filepath), line, column: col, keyPath: '', message: `cannot parse: ${error.message.split('\n')[0]}` });
    }
    return doc.errors.length > 0 ? {} : doc.toJS();
  };
  const explorer = lilconfig('rolelint', {
    searchPlaces: configFileNames,
    loaders: { '.json': loader, '.yaml': loader, '.yml': loader, noExt: loader },
    stopDir: path.parse(cwd).root,
  });

  let result: { filepath: string; config: unknown; isEmpty?: boolean } | null;
  try {
    result = explicit ? await explorer.load(path.resolve(cwd, explicit)) : await explorer.search(cwd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const file = explicit ?? 'configuration';
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new ConfigError([{ source: file, keyPath: '', message: `cannot read the configuration file: ${why}` }]);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  if (!result) return { dir: cwd, settings: {}, fileWords: { overrides: [] } };

  const file = display(cwd, result.filepath);
  const dir = path.dirname(result.filepath);
  const inPackage = path.basename(result.filepath) === 'package.json';
  const prefix: Segment[] = inPackage ? ['rolelint'] : [];
  const source = parsed.get(result.filepath);
  const locate: Locate = source ? (segments, key) => position(source, segments, key) : () => undefined;
  const settings = result.config ?? {};
  problems.push(...validateSettings(settings, file, locate, prefix));
  if (problems.length > 0) throw new ConfigError(problems);

  const s = settings as Settings;
  const read = (wordsFile: string | undefined, segments: Segment[]) =>
    wordsFile === undefined ? undefined : readWords(path.resolve(dir, wordsFile), file, keyPath([...prefix, ...segments]), locate([...prefix, ...segments]), problems);
  const fileWords = {
    top: await read(s.wordsFile, ['wordsFile']),
    overrides: await Promise.all((s.overrides ?? []).map((o, i) => read(o.wordsFile, ['overrides', i, 'wordsFile']))),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return { file, dir, settings: s, fileWords };
}

/** The layers of a loaded file, top level first: what resolve() folds, in order. */
export function fileLayers(config: LoadedConfig): { top: Layer; overrides: (Layer & { files: string[] })[] } {
  const source = config.file ?? 'defaults';
  return {
    top: { settings: config.settings, source, fileWords: config.fileWords.top },
    overrides: (config.settings.overrides ?? []).map((o, i) => ({ settings: o, files: o.files, source: `${source} overrides[${i}]`, fileWords: config.fileWords.overrides[i] })),
  };
}

async function readWords(file: string, source: string, key: string, at: { line: number; column: number } | undefined, problems: ConfigProblem[]): Promise<string[] | undefined> {
  try {
    const text = await readFile(file, 'utf8');
    return text
      .split(/\r\n|\r|\n/)
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter(Boolean);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({ source, ...at, keyPath: key, message: `cannot read the words file \`${file}\`: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}` });
    return undefined;
  }
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
