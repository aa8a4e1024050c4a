/**
 * Runs one rule the way any remark pipeline would (our parser, then the rule's plugin) and checks
 * the invariants every rule's messages must keep; `describeDocExamples` turns a rule's doc page
 * into tests.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { loadSpeller, type Locale } from '../../src/node/dictionaries.js';
import { createParser } from '../../src/parse/processor.js';
import type { Rule } from '../../src/rules/define.js';
import { readDocExamples } from './doc-examples.js';

const parser = createParser();
export const root = path.resolve(import.meta.dirname, '../..');

/** The options a rule runs with, plus what the engine provides (the typo rule's speller). */
async function withServices(rule: Rule<any>, options: object = {}): Promise<object> {
  if (rule.meta.id !== 'typo') return options;
  const locale = (options as { locale?: Locale }).locale ?? 'en';
  return { ...options, speller: await loadSpeller(locale) };
}

export async function runRule(rule: Rule<any>, markdown: string, options?: object, path = 'example.md', projectRoot?: string): Promise<VFileMessage[]> {
  // At the root: a document's folder may settle its kind, and the checkout's folder is no kind.
  const file = new VFile({ path, value: markdown, cwd: '/' });
  // The project's folder (the checkout), as the CLI finds it.
  if (projectRoot !== undefined) file.data.projectRoot = projectRoot;
  const tree = parser.parse(file);
  await parser.run(tree, file);
  await unified().use(rule.plugin, ['warn', await withServices(rule, options)]).run(tree as Root, file);
  for (const message of file.messages) {
    expect(message.ruleId).toBe(rule.meta.id);
    expect(message.source).toBe('rolelint');
    expect(message.url).toBe(rule.url);
    const lines = markdown.split(/\r\n|\r|\n/).length;
    expect(message.line ?? 1).toBeGreaterThanOrEqual(1);
    expect(message.line ?? 1).toBeLessThanOrEqual(lines);
    // A fix replaces the text the message is about, where it stands.
    if (message.fix) expect(markdown.slice(...message.fix.range)).toBe(message.actual);
  }
  return file.messages;
}

/** `line:column[-line:column]: reason`, the shape of the doc pages' output blocks. */
export function formatMessage(m: VFileMessage): string {
  const place = m.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : undefined;
  const where = `${start?.line ?? 1}:${start?.column ?? 1}${end ? `-${end.line}:${end.column}` : ''}`;
  return `${where}: ${m.reason}`;
}

export function describeDocExamples(rule: Rule<any>): void {
  const doc = path.join(root, rule.meta.docs);
  describe(`${rule.meta.id}: examples in ${rule.meta.docs}`, () => {
    const examples = readDocExamples(doc);
    it('has examples, some with findings', () => {
      expect(examples.length).toBeGreaterThan(1);
      expect(examples.some((e) => e.output.length > 0)).toBe(true);
    });
    for (const example of examples) {
      it(`${example.name} gives exactly its documented findings`, async () => {
        const messages = await runRule(rule, example.input, example.config);
        expect(messages.map(formatMessage)).toEqual(example.output);
      });
      it(`${example.name} does not throw on a tree without positions`, async () => {
        const file = new VFile({ value: example.input });
        const tree = parser.parse(file);
        await parser.run(tree, file);
        stripPositions(tree);
        await expect(unified().use(rule.plugin, ['warn', await withServices(rule, example.config)]).run(tree as Root, file)).resolves.toBeTruthy();
      });
    }
  });
}

function stripPositions(node: { position?: unknown; children?: unknown[] }): void {
  delete node.position;
  for (const child of node.children ?? []) stripPositions(child as typeof node);
}
