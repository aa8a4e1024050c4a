import type { Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { createParser } from './processor.js';

/** Every node below the root as `type@line:column` (a task item with its box), in document order. */
function nodes(markdown: string): string[] {
  const out: string[] = [];
  visitParents(createParser().parse(markdown) as Root, (node) => {
    const box = node.type === 'listItem' && typeof node.checked === 'boolean' ? `[${node.checked ? 'x' : ' '}]` : '';
    if (node.type !== 'root') out.push(`${node.type}${box}@${node.position!.start.line}:${node.position!.start.column}`);
  });
  return out;
}

describe('GFM in the engine parser', () => {
  it('reads tables, task list items, strikethrough and footnotes', () => {
    const markdown = ['| Area | Level |', '| --- | --- |', '| Scope | Team |', '', '- [x] ~~Hire~~ Mentor[^1]', '', '[^1]: Two people.', ''].join('\n');
    expect(nodes(markdown)).toEqual([
      'table@1:1',
      'tableRow@1:1',
      'tableCell@1:1',
      'text@1:3',
      'tableCell@1:8',
      'text@1:10',
      'tableRow@3:1',
      'tableCell@3:1',
      'text@3:3',
      'tableCell@3:9',
      'text@3:11',
      'list@5:1',
      'listItem[x]@5:1',
      'paragraph@5:3',
      'delete@5:7',
      'text@5:9',
      'text@5:15',
      'footnoteReference@5:22',
      'footnoteDefinition@7:1',
      'paragraph@7:7',
      'text@7:7',
    ]);
  });

  it('leaves bare URLs and addresses as text: no rule reads them as links', () => {
    expect(nodes('See https://example.com, www.example.com or jobs@example.com; [the guide](https://example.com/guide).\n')).toEqual([
      'paragraph@1:1',
      'text@1:1',
      'link@1:63',
      'text@1:64',
      'text@1:101',
    ]);
  });
});
