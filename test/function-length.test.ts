/**
 * No function in src/ runs past 60 lines unless a comment right above it says why it cannot be
 * split (one containing `Long:`): long functions hide the steps a reader needs named. Read with
 * acorn and its TypeScript plugin (TypeScript 7 has no JavaScript API), so nested functions and
 * arrow functions count on their own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tsPlugin } from '@sveltejs/acorn-typescript';
import { Parser, type Comment, type Node } from 'acorn';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/paths.js';

const limit = 60;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.ts$/.test(e.name) && !/\.(test|generated|data)\.ts$/.test(e.name) ? [p] : [];
  });
}

const parser = Parser.extend(tsPlugin());
const functionTypes = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** Functions of `file` longer than the limit, with no `Long:` comment in the lines right above them. */
export function longFunctions(file: string, text: string): string[] {
  const comments: Comment[] = [];
  const tree = parser.parse(text, { ecmaVersion: 'latest', sourceType: 'module', locations: true, onComment: comments });
  const found: string[] = [];
  const visit = (node: Node, statementLine: number) => {
    const line = 'type' in node && /Statement|Declaration|Property|MethodDefinition/.test(node.type) ? node.loc!.start.line : statementLine;
    if (functionTypes.has(node.type)) {
      const length = node.loc!.end.line - node.loc!.start.line + 1;
      // The reason stands in the comment ending right above the statement the function belongs to.
      const excused = comments.some((c) => c.loc!.end.line >= line - 1 && c.loc!.end.line < node.loc!.start.line + 1 && c.value.includes('Long:'));
      if (length > limit && !excused) found.push(`${path.relative(root, file)}:${node.loc!.start.line} ${length} lines`);
    }
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === 'object' && typeof child.type === 'string' && child.loc) visit(child as Node, line);
      }
    }
  };
  visit(tree, 1);
  return found;
}

describe('function length', () => {
  it(`no function in src/ is longer than ${limit} lines without a reason`, () => {
    expect(sources(path.join(root, 'src')).flatMap((file) => longFunctions(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('finds a long function, and accepts one whose comment says why', () => {
    const body = Array.from({ length: limit }, (_, i) => `  const a${i} = ${i};`).join('\n');
    expect(longFunctions(path.join(root, 'src/x.ts'), `function f() {\n${body}\n}\n`)).toEqual(['src/x.ts:1 62 lines']);
    expect(longFunctions(path.join(root, 'src/x.ts'), `/** Long: one table of cases. */\nfunction f() {\n${body}\n}\n`)).toEqual([]);
    expect(longFunctions(path.join(root, 'src/x.ts'), `const f = () => {\n${body}\n};\n`)).toEqual(['src/x.ts:1 62 lines']);
  });
});
