/**
 * One small helper makes a rule's metadata and its unified-lint-rule plugin together, so the two
 * cannot disagree: the id in `meta` is the id in every message, defaults are applied in one place,
 * and the rule body never sets ids, sources, urls or severities.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { docsUrl } from '../core/links.js';
import type { Finding, Fix, Measure, RuleLevel, RuleMeta } from '../core/types.js';
import type { DocumentModel } from '../document/document-model.js';

declare module 'vfile-message' {
  interface VFileMessage {
    /** A correction certain enough to apply unasked; set through `offerFix`. */
    fix?: Fix;
    /** Reported as `info` whatever the rule's level: advice, never a failure (set through `asInfo`). */
    infoOnly?: boolean;
    /** Reported as a warning at most whatever the rule's level: a finding context may excuse (set through `asWarning`). */
    warningOnly?: boolean;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Readings of the whole document rules report beside their findings; the engine puts them in the file's result. */
    measures?: Measure[];
    /**
     * A rule that threw on the document, with what it threw: unified-lint-rule would report the
     * error's text as one of the rule's findings (`x.charCodeAt is not a function` at 1:1, a
     * warning), so the rule's check is caught here and the engine reports an internal error.
     */
    failures?: { ruleId: string; error: unknown }[];
  }
}

/** Marks a message as advice: reported as `info` at most, so it never fails a check. */
export function asInfo(message: VFileMessage): void {
  message.infoOnly = true;
}

/** Marks a message as a warning at most: the rule's level (say `error`) is kept for its unambiguous findings. */
export function asWarning(message: VFileMessage): void {
  message.warningOnly = true;
}

/** Reports a reading of the whole document (see `Measure`), once per document and id. */
export function reportMeasure(file: VFile, measure: Measure): void {
  const measures = (file.data.measures ??= []);
  if (!measures.some((m) => m.id === measure.id && m.ruleId === measure.ruleId)) measures.push(measure);
}

/** The severity label and options a rule plugin takes, as unified-lint-rule defines them. */
export type RuleConfig<Options> = ['off' | 'on' | 'warn' | 'error', Partial<Options>?];

export interface Rule<Options extends object = Record<string, unknown>> {
  meta: RuleMeta & { defaults: Options };
  url: string;
  /** A remark plugin: `unified().use(rule.plugin, ['warn', options])`. */
  plugin: Plugin<[RuleConfig<Options>?], Root>;
}

/** Fills a rule's message `id` from its meta with `data` (its `{{name}}`s), as ESLint fills `meta.messages`. */
export type Say<Ids extends string> = (id: Ids, data?: Readonly<Record<string, string | number>>) => string;

export function fill(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

export function defineRule<Options extends object, Ids extends string = string>(
  meta: Omit<RuleMeta, 'docs' | 'defaults' | 'schema' | 'messages'> & { defaults: Options; schema?: RuleMeta['schema']; messages?: Readonly<Record<Ids, string>> },
  check: (tree: Root, file: VFile, options: Options, say: Say<Ids>) => void,
): Rule<Options> {
  const docs = `src/rules/${meta.id}.md`;
  const url = docsUrl(docs);
  const messages: Readonly<Record<string, string>> = meta.messages ?? {};
  const say: Say<Ids> = (id, data) => {
    const template = messages[id];
    if (template === undefined) throw new Error(`rule \`${meta.id}\` has no message \`${id}\` in its meta`);
    return fill(template, data);
  };
  // One object a configuration, merged on its first document: a rule may remember what it learnt
  // by its options (the typo rule, the words it judged) for the documents that share them.
  const merged = new WeakMap<Partial<Options>, Options>();
  const withDefaults = (options: Partial<Options> | undefined): Options => {
    if (!options) return meta.defaults;
    let full = merged.get(options);
    if (!full) merged.set(options, (full = { ...meta.defaults, ...options }));
    return full;
  };
  const plugin = lintRule<Root, Partial<Options>>({ origin: `rolelint:${meta.id}`, url }, (tree, file, options) => {
    try {
      check(tree, file, withDefaults(options), say);
    } catch (error) {
      (file.data.failures ??= []).push({ ruleId: meta.id, error });
    }
  });
  const schema = meta.schema ?? { type: 'object', additionalProperties: false, properties: {} };
  return { meta: { ...meta, docs, schema }, url, plugin: plugin as Rule<Options>['plugin'] };
}

/** Where a rule on many documents reports: on the document at `path`, at its place, in its words. */
export type ProjectReport = (path: string, finding: Omit<Finding, 'ruleId' | 'severity' | 'url'>) => void;

/**
 * A rule that sees more than one document (the levels of a ladder): run once per run over the
 * linted documents' models, after the rules on one document, reporting on any of them.
 */
export interface ProjectRule<Options extends object = Record<string, unknown>> {
  meta: RuleMeta & { defaults: Options };
  url: string;
  check(documents: readonly DocumentModel[], options: Options, report: ProjectReport): void;
}

export function defineProjectRule<Options extends object>(
  meta: Omit<RuleMeta, 'docs' | 'defaults' | 'schema'> & { defaults: Options; schema?: RuleMeta['schema'] },
  check: ProjectRule<Options>['check'],
): ProjectRule<Options> {
  const docs = `src/rules/${meta.id}.md`;
  const schema = meta.schema ?? { type: 'object', additionalProperties: false, properties: {} };
  return { meta: { ...meta, docs, schema }, url: docsUrl(docs), check };
}

/** unified-lint-rule's labels for our levels: it knows only off, warn and error. */
export function pluginLabel(level: RuleLevel): RuleConfig<unknown>[0] {
  if (level === 'off') return 'off';
  return level === 'error' ? 'error' : 'warn';
}

/**
 * Marks a message as fixable: `text` replaces the file's text from `start` to `end` (offsets). Only
 * where the text there is `found`, so a fix never lands on text the rule did not read
 * as written (an escape, an entity). unified-language-server offers a message's `expected` at its
 * place as quick fixes; this is the one the CLI's `--fix` applies unasked.
 */
export function offerFix(message: VFileMessage, file: VFile, start: number, end: number, found: string, text: string): void {
  if (String(file.value).slice(start, end) === found) message.fix = { range: [start, end], text };
}
