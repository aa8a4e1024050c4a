/**
 * The engine: a document in (path + bytes or text), findings out. Stages: decode -> parse (with
 * plain-text structure) -> each enabled rule on its own, so one rule that throws becomes a finding
 * and the others still run -> findings, sorted. Pure: no file system, environment or GitHub.
 */
import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { FileResult, Finding, ResolvedConfig, RuleSetting } from '../core/types.js';
import { createParser } from '../parse/processor.js';
import { pluginLabel } from '../rules/define.js';
import { rulesById } from '../rules/index.js';
import { defaultConfig } from './config.js';
import { compareFindings, toFinding } from './findings.js';

export interface Document {
  /** The path as the caller gave it; reported back unchanged. */
  path: string;
  contents: string | Uint8Array;
}

export type Resolve = (path: string) => ResolvedConfig;

const parser = createParser();
const decoder = new TextDecoder('utf-8');
const ruleProcessors = new Map<string, Processor<Root, Root, Root>>();

function ruleProcessor(id: string, setting: RuleSetting): Processor<Root, Root, Root> | undefined {
  const rule = rulesById.get(id);
  if (!rule || setting.level === 'off') return undefined;
  const key = `${id}\0${JSON.stringify(setting)}`;
  let processor = ruleProcessors.get(key);
  if (!processor) {
    processor = unified().use(rule.plugin, [pluginLabel(setting.level), setting.options]).freeze() as never;
    ruleProcessors.set(key, processor!);
  }
  return processor;
}

export function decode(contents: string | Uint8Array): string {
  const text = typeof contents === 'string' ? contents : decoder.decode(contents);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Lint one document against one resolved configuration. Never throws for a document's content. */
export async function lintDocument(document: Document, config: ResolvedConfig = defaultConfig()): Promise<FileResult> {
  const file = new VFile({ path: document.path, value: decode(document.contents) });
  const findings: Finding[] = [];
  try {
    const tree = parser.parse(file);
    await parser.run(tree, file);
    for (const [id, setting] of Object.entries(config.rules)) {
      const processor = ruleProcessor(id, setting);
      if (!processor) continue;
      try {
        await processor.run(tree, file);
      } catch (error) {
        findings.push(internalError(`rule \`${id}\` failed`, error));
      }
    }
  } catch (error) {
    findings.push(internalError('cannot parse the document', error));
  }
  for (const message of file.messages) {
    const finding = toFinding(message, config);
    if (finding) findings.push(finding);
  }
  findings.sort(compareFindings);
  return { path: document.path, messages: findings };
}

/** Lint documents in order; each gets the configuration `resolve` gives for its path. */
export async function lint(documents: Iterable<Document>, resolve: Resolve = defaultConfig): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const document of documents) results.push(await lintDocument(document, resolve(document.path)));
  return results;
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
