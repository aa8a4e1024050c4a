import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../test/helpers/paths.js';
import { indexTree, shareTreeIndex, treeIndex } from './tree-index.js';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(markdown) as Root;
const label = (node: Nodes) => `${node.type}@${node.position?.start.line}:${node.position?.start.column}`;

describe('tree index', () => {
  const doc = ['---', 'title: T', '---', '# Role', '', '- [one](a) and [two](b)', '  - [nested](c)', '- plain', '', '## Next', '', 'Text.'].join('\n');

  it('lists nodes of a type in document order, with parents, ancestors and subtrees', () => {
    const index = indexTree(parse(doc));
    expect(index.of('heading').map((at) => label(index.nodes[at]!))).toEqual(['heading@4:1', 'heading@10:1']);
    const items = index.of('listItem');
    expect(items.map((at) => label(index.nodes[at]!))).toEqual(['listItem@6:1', 'listItem@7:3', 'listItem@8:1']);
    expect(items.map((at) => index.inside(at, 'listItem'))).toEqual([false, true, false]);
    expect(label(index.nodes[index.parent(items[1]!)]!)).toBe('list@7:3');
    expect(index.parent(0)).toBe(-1);
    // The first item's subtree holds all three links, the nested one only its own.
    const urls = (at: number) => index.within(at, 'link').map((l) => (index.nodes[l] as { url: string }).url);
    expect(urls(items[0]!)).toEqual(['a', 'b', 'c']);
    expect(urls(items[1]!)).toEqual(['c']);
    expect(urls(items[2]!)).toEqual([]);
    expect(index.of('table')).toEqual([]);
  });

  it('is shared once the tree is declared final, and fresh before that', () => {
    const tree = parse(doc);
    const before = treeIndex(tree);
    expect(treeIndex(tree)).not.toBe(before);
    // A transformer between two rules of someone else's pipeline: the next rule sees its change.
    tree.children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Added' }] });
    expect(treeIndex(tree).of('heading')).toHaveLength(3);
    shareTreeIndex(tree);
    expect(treeIndex(tree)).toBe(treeIndex(tree));
    expect(treeIndex(tree).of('heading')).toHaveLength(3);
  });

  // The reference: unist-util-visit-parents, on every fixture we ship.
  const files = readdirSync(fixtures).filter((name) => name.endsWith('.md'));
  it.each(files)('agrees with unist-util-visit-parents on fixtures/%s', (name) => {
    const tree = parse(readFileSync(path.join(fixtures, name), 'utf8'));
    const index = indexTree(tree);
    const visited: { node: Nodes; ancestors: Nodes[] }[] = [];
    visitParents(tree, (node, ancestors) => {
      visited.push({ node: node as Nodes, ancestors: [...ancestors] as Nodes[] });
    });
    expect(index.nodes).toEqual(visited.map((v) => v.node));
    visited.forEach(({ node, ancestors }, at) => {
      expect(index.nodes[index.parent(at)] ?? undefined).toBe(ancestors.at(-1));
      for (const type of ['heading', 'listItem', 'list', 'paragraph'] as const) {
        expect(index.inside(at, type)).toBe(ancestors.some((a) => a.type === type));
      }
      const descendants = visited.slice(at + 1, index.end(at)).map((v) => v.node);
      expect(descendants.every((d) => visited[index.nodes.indexOf(d)]!.ancestors.includes(node))).toBe(true);
      expect(visited[index.end(at)]?.ancestors.includes(node) ?? false).toBe(false);
    });
  });
});
