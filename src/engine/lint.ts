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
import type { FileResult, Finding, Measure, ResolvedConfig, RuleMeta, RuleNeed, RuleSetting } from '../core/types.js';
import { createParser } from '../parse/processor.js';
import { pluginLabel } from '../rules/define.js';
import { allMeta, rulesById } from '../rules/index.js';
import { shareTreeIndex } from '../document/tree-index.js';
import { readingsSpent, timedReading, timeReadings } from '../document/reading-times.js';
import { decideKind, type DocumentKind } from '../document/document-kind.js';
import type { Speller } from '../text/speller.js';
import { checkFinding, fileChecks, formatBytes, maxBytes, timeBudgetMs, tooLargeFinding } from './checks.js';
import { defaultConfig } from './config.js';
import { decodeBytes } from './decode.js';
import { tooComplex, type TooComplex } from './complexity.js';
import { inspectBytes } from './guard.js';
import { messageControl, type MessageControl } from './message-control.js';
import { compareFindings, toFinding } from './findings.js';
import { needsModels, type LintedFile } from './project.js';
import { documentModel, type DocumentModel } from '../document/document-model.js';

export interface Document {
  /** The path as the caller gave it; reported back unchanged. */
  path: string;
  contents: string | Uint8Array;
  /** The folder a relative `path` starts from (default: the process's working directory). */
  cwd?: string;
  /** The project's root folder (`projectRoot`): folders at or above it name no document kind. */
  root?: string;
}

/** What the engine cannot make itself and its caller provides (src/node/ does, from the file system). */
export interface Services {
  /** The speller of a locale, for rules that need `speller`. */
  speller?: (locale: string) => Promise<Speller>;
  /** Today's date (`YYYY-MM-DD`), for rules that need `today` (a closing date passed, a law in force): the engine reads no clock. */
  today?: () => string;
  /**
   * The words the project's documents use consistently (`projectVocabulary` over every document of
   * the project, not only those linted), for rules that need `vocabulary`: the engine sees one document.
   */
  vocabulary?: ReadonlySet<string>;
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
interface ProcessorCache {
  // Resolved configurations are shared between documents, so a setting is usually seen again as
  // the same object; the JSON key catches equal settings built afresh (callers of lintDocument).
  bySetting: WeakMap<RuleSetting, RuleProcessor>;
  byKey: Map<string, RuleProcessor>;
}
const caches = new WeakMap<Services, ProcessorCache>();

async function ruleProcessor(id: string, setting: RuleSetting, services: Services): Promise<RuleProcessor | undefined> {
  const rule = rulesById.get(id);
  if (!rule || setting.level === 'off') return undefined;
  let cache = caches.get(services);
  if (!cache) caches.set(services, (cache = { bySetting: new WeakMap(), byKey: new Map() }));
  let processor = cache.bySetting.get(setting);
  if (processor) return processor;
  const key = `${id}\0${JSON.stringify(setting)}`;
  processor = cache.byKey.get(key);
  if (!processor) {
    processor = unified().use(rule.plugin, [pluginLabel(setting.level), await withServices(rule.meta, setting.options, services)]).freeze() as never;
    cache.byKey.set(key, processor!);
  }
  cache.bySetting.set(setting, processor!);
  return processor;
}

/** Options plus what the rule's meta says it needs and configuration cannot give: a speller of its `locale`, today's date (unless configuration pins one), the project's vocabulary. */
async function withServices(meta: RuleMeta, options: object, services: Services): Promise<object> {
  if (meta.needs?.includes('today') && (options as { today?: string }).today === undefined && services.today) options = { ...options, today: services.today() };
  if (meta.needs?.includes('vocabulary')) options = { ...options, vocabulary: services.vocabulary ?? noWords };
  if (!meta.needs?.includes('speller')) return options;
  if (!services.speller) throw new Error(`\`${meta.id}\` needs a speller, and the engine was given none`);
  return { ...options, speller: await services.speller(localeOf(meta, options)) };
}

const noWords: ReadonlySet<string> = new Set();

function localeOf(meta: RuleMeta, options: object): string {
  return (options as { locale?: string }).locale ?? (meta.defaults as { locale?: string }).locale ?? 'en';
}

/** The locales of the spellers the enabled rules of `config` need: a caller may load them ahead. */
export function spellerLocales(config: ResolvedConfig): string[] {
  return Object.entries(config.rules).flatMap(([id, setting]) => {
    const meta = rulesById.get(id)?.meta;
    return meta?.needs?.includes('speller') && setting.level !== 'off' ? [localeOf(meta, setting.options)] : [];
  });
}

/** Lint one document against one resolved configuration. Never throws for a document's content. */
export async function lintDocument(document: Document, config: ResolvedConfig = defaultConfig(), services: Services = {}): Promise<LintedFile> {
  const read = readText(document, config);
  const findings = read.findings.filter((f): f is Finding => f !== undefined);
  const linted = read.text !== undefined && !read.stop ? await lintText(document, read.text, config, services) : undefined;
  if (linted) findings.push(...linted.findings);
  return {
    path: document.path,
    messages: findings.sort(compareFindings),
    ...(read.text === undefined ? {} : { lines: lineCount(read.text) }),
    ...(linted?.measures.length ? { measures: linted.measures } : {}),
    ...(linted?.model ? { model: linted.model } : {}),
    ...(linted?.facts ? { facts: linted.facts } : {}),
    ...(linted ? { times: linted.times } : {}),
  };
}

interface ReadText {
  text?: string;
  /** File checks' findings (undefined where a check is off). */
  findings: (Finding | undefined)[];
  /** Nothing more to lint: a finding says why. */
  stop?: boolean;
}

/** The guard stage: the document's text, and the file checks that stop it (size, binary, empty, too complex) or warn (encoding). */
function readText(document: Document, config: ResolvedConfig): ReadText {
  const limit = maxBytes(config);
  const { contents, path } = document;
  const size = typeof contents === 'string' ? utf8Length(contents) : contents.length;
  if (size > limit) return { findings: [tooLargeFinding(path, size, config)], stop: true };
  const read: ReadText = typeof contents === 'string' ? { text: contents.charCodeAt(0) === 0xfeff ? contents.slice(1) : contents, findings: [] } : decode(path, contents, config);
  if (read.stop || read.text === undefined) return read;
  const { text } = read;
  if (text.trim() === '') return { text, stop: true, findings: [...read.findings, checkFinding(fileChecks.empty, config, `\`${path}\` is ${text === '' ? 'empty' : 'only whitespace'}; there is nothing to lint`)] };
  const complex = tooComplex(text, limit);
  if (complex) return { text, stop: true, findings: [...read.findings, checkFinding(fileChecks.tooComplex, config, tooComplexMessage(path, complex, limit), { line: complex.line, column: 1 })] };
  return read;
}

/** Bytes to text: a binary file stops here; bad bytes are read as U+FFFD and named in a finding. */
function decode(path: string, bytes: Uint8Array, config: ResolvedConfig): ReadText {
  const inspected = inspectBytes(bytes);
  if (inspected.kind === 'binary') return { stop: true, findings: [checkFinding(fileChecks.binary, config, `\`${path}\` is ${inspected.reason}, not a text document; it was not linted`)] };
  const decoded = decodeBytes(bytes, inspected.encoding, inspected.bomLength);
  if (!decoded.invalid) return { text: decoded.text, findings: [] };
  const { line, column, byte } = decoded.invalid;
  const value = bytes[byte]!.toString(16).toUpperCase().padStart(2, '0');
  const message = `\`${path}\` is not valid ${inspected.encoding.toUpperCase()}: byte 0x${value} at line ${line}, column ${column} (offset ${byte}) starts no valid character; re-save the file as UTF-8 (bad bytes were read as U+FFFD)`;
  return { text: decoded.text, findings: [checkFinding(fileChecks.encoding, config, message, { line, column })] };
}

/**
 * Parse, then each enabled rule within the file's time budget; findings filtered by inline
 * comments; the rules' measures of the whole document; the document's model where a rule on
 * many documents will read it; a job post's facts where a rule read them (pay-transparency), for
 * the report and the job summary.
 */
async function lintText(document: Document, text: string, config: ResolvedConfig, services: Services): Promise<{ findings: Finding[]; measures: Measure[]; model?: DocumentModel; facts?: FileResult['facts']; times: RunTimes }> {
  const findings: Finding[] = [];
  const file = documentFile(document, text);
  let control: MessageControl = { allows: () => true, problems: [], state: { switches: [], lineOff: [], fileOff: [] } };
  let model: DocumentModel | undefined;
  const clock = budgetClock(timeBudgetMs(config));
  const times: RunTimes = {};
  const skipped: string[] = [];
  try {
    const tree = await clock.timed(() => parseTree(file), times, 'parse');
    // Readings several steps share are timed on their own, not in the step that asks first.
    timeReadings(tree, times);
    // Rules only read the tree from here on: they can share one walk of it.
    timedReading(tree, 'tree index', () => shareTreeIndex(tree));
    control = messageControl(tree, text, controllable);
    const models = needsModels(config);
    if (models || needs(config, 'kind')) file.data.kind = timed(() => decideKind(tree, text, file, config.kind as DocumentKind | undefined), times, 'kind', tree);
    if (models) model = timed(() => documentModel(tree, text, document.path, control.state, file.data.kind), times, 'model', tree);
    for (const [id, setting] of Object.entries(config.rules)) {
      try {
        const processor = await ruleProcessor(id, setting, services);
        if (!processor) continue;
        if (clock.over()) skipped.push(id);
        else await clock.timed(() => processor.run(tree, file), times, id, tree);
      } catch (error) {
        findings.push(internalError(`rule \`${id}\` failed`, error));
      }
    }
    for (const { ruleId, error } of file.data.failures ?? []) findings.push(internalError(`rule \`${ruleId}\` failed`, error));
  } catch (error) {
    findings.push(internalError('cannot parse the document', error));
  }
  const over = skipped.length > 0 && checkFinding(fileChecks.tooComplex, config, overBudgetMessage(document.path, clock.spent(), timeBudgetMs(config), skipped));
  if (over) findings.push(over);
  for (const message of file.messages) {
    const finding = toFinding(message, config);
    if (finding && control.allows(finding.ruleId, finding.line)) findings.push(finding);
  }
  for (const problem of control.problems) {
    const finding = control.allows(fileChecks.inlineConfig.id, problem.line) && checkFinding(fileChecks.inlineConfig, config, problem.message, problem);
    if (finding) findings.push(finding);
  }
  const measures = file.data.measures ?? [];
  const facts = file.data.jobFacts ? { facts: file.data.jobFacts } : {};
  return model ? { findings, measures, model, ...facts, times } : { findings, measures, ...facts, times };
}

/**
 * Milliseconds a document's linting spent, by step: `parse`, `kind` (the kind decision), `model`
 * (what the rules on many documents read), each rule by id, and the readings several of them
 * share, each under its own name (`outline`, `language`, `prose runs`, ...: reading-times.ts).
 */
export type RunTimes = Record<string, number>;

/** `work`'s result, its time added to `times[step]`, less the time of the tree's shared readings it made. */
function timed<T>(work: () => T, times: RunTimes, step: string, tree: Root): T {
  const started = performance.now();
  const read = readingsSpent(tree);
  try {
    return work();
  } finally {
    times[step] = (times[step] ?? 0) + performance.now() - started - (readingsSpent(tree) - read);
  }
}

/** Whether an enabled rule of `config` needs `need` (an adapter reads the project's vocabulary only where one does). */
export function needs(config: ResolvedConfig, need: RuleNeed): boolean {
  return Object.entries(config.rules).some(([id, setting]) => setting.level !== 'off' && rulesById.get(id)?.meta.needs?.includes(need));
}

/**
 * Time spent parsing and in rules (not in loading a rule's data, which the first file would pay
 * for all): past the budget, the rules not yet run are skipped and the file says so.
 */
function budgetClock(budget: number) {
  let spent = 0;
  return {
    spent: () => spent,
    over: () => spent > budget,
    /** `work`'s result, its time spent and added to `times[step]` (less the shared readings of `tree` it made, which are times of their own). */
    async timed<T>(work: () => Promise<T>, times: RunTimes, step: string, tree?: Root): Promise<T> {
      const started = performance.now();
      const read = tree ? readingsSpent(tree) : 0;
      try {
        return await work();
      } finally {
        const ms = performance.now() - started;
        spent += ms;
        times[step] = (times[step] ?? 0) + ms - (tree ? readingsSpent(tree) - read : 0);
      }
    },
  };
}

/** The VFile the rules see for a document: its path as given, where that path starts, its project's root. */
export function documentFile({ path, cwd, root }: Omit<Document, 'contents'>, text: string): VFile {
  const file = new VFile({ path, value: text, ...(cwd === undefined ? {} : { cwd }) });
  if (root !== undefined) file.data.projectRoot = root;
  return file;
}

/** Lint documents in order; each gets the configuration `resolve` gives for its path. */
export async function lint(documents: Iterable<Document>, resolve: Resolve = defaultConfig, services: Services = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const document of documents) results.push(await lintDocument(document, resolve(document.path), services));
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
