/**
 * The engine: a document in (path + bytes or text), findings out. Stages: guard the bytes (size,
 * binary, encoding) -> decode -> parse (with plain-text structure and frontmatter) -> each enabled
 * rule on its own, so one rule that throws becomes a finding and the others still run -> findings,
 * sorted. A problem with the file is a finding on it, never an exception. Pure: no file system,
 * environment or GitHub, and the input bytes are never changed.
 */
import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { FileResult, Finding, ResolvedConfig, RuleSetting } from '../core/types.js';
import { createParser } from '../parse/processor.js';
import { pluginLabel } from '../rules/define.js';
import { allMeta, rulesById } from '../rules/index.js';
import { shareTreeIndex } from '../document/tree-index.js';
import { typo, type TypoOptions } from '../rules/typo.js';
import { checkFinding, fileChecks, formatBytes, maxBytes, timeBudgetMs, tooLargeFinding } from './checks.js';
import { defaultConfig } from './config.js';
import { loadSpeller, type Locale } from './dictionaries.js';
import { decodeBytes } from './decode.js';
import { tooComplex, type TooComplex } from './complexity.js';
import { inspectBytes } from './guard.js';
import { messageControl, type MessageControl } from './message-control.js';
import { compareFindings, toFinding } from './findings.js';

export interface Document {
  /** The path as the caller gave it; reported back unchanged. */
  path: string;
  contents: string | Uint8Array;
  /** The folder a relative `path` starts from (default: the process's working directory). */
  cwd?: string;
  /** The project's root folder (`projectRoot`): folders at or above it name no document kind. */
  root?: string;
}

export type Resolve = (path: string) => ResolvedConfig;

const parser = createParser();
/** The ids an inline comment may name. */
const controllable: ReadonlySet<string> = new Set(allMeta.map((meta) => meta.id));

/** The tree of a document, plain-text structure and frontmatter included. */
export async function parseTree(file: VFile): Promise<Root> {
  return (await parser.run(parser.parse(file), file)) as Root;
}

type RuleProcessor = Processor<Root, Root, Root>;
// Resolved configurations are shared between documents, so a setting is usually seen again as the
// same object; the JSON key catches equal settings built afresh (callers of lintDocument).
const bySetting = new WeakMap<RuleSetting, RuleProcessor>();
const byKey = new Map<string, RuleProcessor>();

async function ruleProcessor(id: string, setting: RuleSetting): Promise<RuleProcessor | undefined> {
  const rule = rulesById.get(id);
  if (!rule || setting.level === 'off') return undefined;
  let processor = bySetting.get(setting);
  if (processor) return processor;
  const key = `${id}\0${JSON.stringify(setting)}`;
  processor = byKey.get(key);
  if (!processor) {
    processor = unified().use(rule.plugin, [pluginLabel(setting.level), await withServices(id, setting.options)]).freeze() as never;
    byKey.set(key, processor!);
  }
  bySetting.set(setting, processor!);
  return processor;
}

/** Options plus what the engine provides and configuration cannot: the typo rule's speller. */
async function withServices(id: string, options: object): Promise<object> {
  if (id !== typo.meta.id) return options;
  return { ...options, speller: await loadSpeller(typoLocale(options)) };
}

/** The locale of the speller the typo rule's options call for. */
export function typoLocale(options: object): Locale {
  return (options as Partial<TypoOptions>).locale ?? typo.meta.defaults.locale;
}

/** Lint one document against one resolved configuration. Never throws for a document's content. */
export async function lintDocument(document: Document, config: ResolvedConfig = defaultConfig()): Promise<FileResult> {
  const findings: Finding[] = [];
  let text: string | undefined;
  const done = (): FileResult => ({ path: document.path, messages: findings.sort(compareFindings), ...(text === undefined ? {} : { lines: lineCount(text) }) });
  const add = (finding: Finding | undefined) => finding && findings.push(finding);

  if (typeof document.contents === 'string') {
    const size = utf8Length(document.contents);
    if (size > maxBytes(config)) {
      add(tooLargeFinding(document.path, size, config));
      return done();
    }
    text = document.contents.charCodeAt(0) === 0xfeff ? document.contents.slice(1) : document.contents;
  } else {
    const bytes = document.contents;
    if (bytes.length > maxBytes(config)) {
      add(tooLargeFinding(document.path, bytes.length, config));
      return done();
    }
    const inspected = inspectBytes(bytes);
    if (inspected.kind === 'binary') {
      add(checkFinding(fileChecks.binary, config, `\`${document.path}\` is ${inspected.reason}, not a text document; it was not linted`));
      return done();
    }
    const decoded = decodeBytes(bytes, inspected.encoding, inspected.bomLength);
    text = decoded.text;
    if (decoded.invalid) {
      const { line, column, byte } = decoded.invalid;
      const value = bytes[byte]!.toString(16).toUpperCase().padStart(2, '0');
      add(
        checkFinding(
          fileChecks.encoding,
          config,
          `\`${document.path}\` is not valid ${inspected.encoding.toUpperCase()}: byte 0x${value} at line ${line}, column ${column} (offset ${byte}) starts no valid character; re-save the file as UTF-8 (bad bytes were read as U+FFFD)`,
          { line, column },
        ),
      );
    }
  }
  if (text.trim() === '') {
    add(checkFinding(fileChecks.empty, config, `\`${document.path}\` is ${text === '' ? 'empty' : 'only whitespace'}; there is nothing to lint`));
    return done();
  }

  const complex = tooComplex(text, maxBytes(config));
  if (complex) {
    add(checkFinding(fileChecks.tooComplex, config, tooComplexMessage(document.path, complex, maxBytes(config)), { line: complex.line, column: 1 }));
    return done();
  }

  const file = documentFile(document, text);
  let control: MessageControl = { allows: () => true, problems: [] };
  // Time spent parsing and in rules (not in loading a rule's data, which the first file would pay
  // for all): past the budget, the rules not yet run are skipped and the file says so.
  const budget = timeBudgetMs(config);
  let spent = 0;
  const timed = async <T>(work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      spent += performance.now() - started;
    }
  };
  const skipped: string[] = [];
  try {
    const tree = await timed(() => parseTree(file));
    // Rules only read the tree from here on: they can share one walk of it.
    shareTreeIndex(tree);
    control = messageControl(tree, text, controllable);
    for (const [id, setting] of Object.entries(config.rules)) {
      try {
        const processor = await ruleProcessor(id, setting);
        if (!processor) continue;
        if (spent > budget) {
          skipped.push(id);
          continue;
        }
        await timed(() => processor.run(tree, file));
      } catch (error) {
        findings.push(internalError(`rule \`${id}\` failed`, error));
      }
    }
  } catch (error) {
    findings.push(internalError('cannot parse the document', error));
  }
  if (skipped.length > 0) add(checkFinding(fileChecks.tooComplex, config, overBudgetMessage(document.path, spent, budget, skipped)));
  for (const message of file.messages) {
    const finding = toFinding(message, config);
    if (finding && control.allows(finding.ruleId, finding.line)) add(finding);
  }
  for (const problem of control.problems) {
    if (control.allows(fileChecks.inlineConfig.id, problem.line)) add(checkFinding(fileChecks.inlineConfig, config, problem.message, problem));
  }
  return done();
}

/** The VFile the rules see for a document: its path as given, where that path starts, its project's root. */
export function documentFile({ path, cwd, root }: Omit<Document, 'contents'>, text: string): VFile {
  const file = new VFile({ path, value: text, ...(cwd === undefined ? {} : { cwd }) });
  if (root !== undefined) file.data.projectRoot = root;
  return file;
}

/** Lint documents in order; each gets the configuration `resolve` gives for its path. */
export async function lint(documents: Iterable<Document>, resolve: Resolve = defaultConfig): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const document of documents) results.push(await lintDocument(document, resolve(document.path)));
  return results;
}

/** Lines as an editor numbers them: a final newline does not start another. */
function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < text.length - 1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // One byte is counted already; a surrogate half adds one (a pair is four bytes).
    if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

function tooComplexMessage(path: string, complex: TooComplex, limit: number): string {
  if (complex.cost === undefined) return `\`${path}\` has ${complex.what} at line ${complex.line}; Markdown this deep would take minutes to parse, so it was not linted`;
  return `\`${path}\` is too costly to parse: by line ${complex.line.toLocaleString('en-US')}, its ${complex.what} take as long as ${formatBytes(limit)} of plain text, the most rolelint parses (\`maxBytes\` of \`file-too-large\`); it was not linted`;
}

function overBudgetMessage(path: string, spent: number, budget: number, skipped: readonly string[]): string {
  const seconds = (ms: number) => `${Number((ms / 1000).toPrecision(2))} s`;
  return `Linting \`${path}\` took ${seconds(spent)}, past its budget of ${seconds(budget)} (\`maxSeconds\` of \`file-too-complex\`), so ${skipped.map((id) => `\`${id}\``).join(', ')} ${skipped.length === 1 ? 'was' : 'were'} not run; the other files were linted`;
}

function internalError(what: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId: 'internal-error',
    severity: 'error',
    line: 1,
    column: 1,
    message: `rolelint ${what}: ${reason}; please report this with the document`,
  };
}
