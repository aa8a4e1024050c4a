/**
 * Reads a rule's documentation page and returns its examples: each ```markdown block with a
 * `name=` is an input (optional `config=` JSON on the same line), and a ```text block marked
 * `output name=…` holds the findings expected for it (`line:column[-line:column]: reason`).
 * An input without an output block must produce no finding.
 */
import { readFileSync } from 'node:fs';
import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';

export interface DocExample {
  name: string;
  input: string;
  config?: Record<string, unknown>;
  output: string[];
}

function attrs(meta: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (meta ?? '').matchAll(/(\w+)(?:=(\{.*\}|\S+))?/g)) out[m[1]!] = m[2] ?? 'true';
  return out;
}

export function readDocExamples(file: string): DocExample[] {
  const tree = unified().use(remarkParse).parse(readFileSync(file, 'utf8'));
  const examples = new Map<string, DocExample>();
  const outputs = new Map<string, string[]>();
  visitParents(tree, 'code', (node: Code) => {
    const a = attrs(node.meta);
    if (!a.name) return;
    if (node.lang === 'markdown') {
      const example: DocExample = { name: a.name, input: `${node.value}\n`, output: [] };
      if (a.config) example.config = JSON.parse(a.config) as Record<string, unknown>;
      examples.set(a.name, example);
    } else if (node.lang === 'text' && a.output) {
      outputs.set(a.name, node.value.split('\n').filter(Boolean));
    }
  });
  for (const [name, lines] of outputs) {
    const example = examples.get(name);
    if (!example) throw new Error(`${file}: output block for unknown example ${name}`);
    example.output = lines;
  }
  return [...examples.values()];
}
