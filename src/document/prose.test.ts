import type { Text } from 'mdast';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createParser } from '../parse/processor.js';
import { textRuns } from './prose.js';
import { treeIndex } from './tree-index.js';

const parser = createParser();

/** Every text node's runs, each as [text, source at that offset]. */
async function runsOf(markdown: string): Promise<{ text: string; at: number }[][]> {
  const file = new VFile({ path: 'p.md', value: markdown });
  const tree = parser.parse(file);
  await parser.run(tree, file);
  const index = treeIndex(tree);
  return index.of('text').map((at) => {
    const runs: { text: string; at: number }[] = [];
    textRuns(index.nodes[at] as Text, markdown, (text, offset) => runs.push({ text, at: offset }));
    return runs;
  });
}

describe('textRuns', () => {
  it('reads around escapes, character references, list indentation and quote marks, each run where the source holds it', async () => {
    const doc = '- Own \\*the\n  roadmap &amp; the&#8212;team &eacute;t&eacute;\n\n> Talk to the\n> customers\n';
    expect((await runsOf(doc)).map((runs) => runs.map((r) => r.text))).toEqual([
      ['Own ', '*the', 'roadmap ', ' the', 'team ', 't'],
      ['Talk to the', 'customers'],
    ]);
  });

  it('gives only runs that the source holds as they are, in order, whatever the text', async () => {
    const piece = fc.constantFrom('word', ' ', '\\*', '\\\\', '\\_', '&amp;', '&#169;', '&#x1F600;', '&nbsp;', '&bogus;', '& ', '\n', '\n  ', '\n> ', '*', '_', '`x`', 'é', '😀');
    const line = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    const doc = fc.tuple(fc.constantFrom('', '- ', '> ', '1. ', '## '), line).map(([lead, text]) => lead + text + '\n');
    await fc.assert(
      fc.asyncProperty(doc, async (markdown) => {
        for (const runs of await runsOf(markdown)) {
          let after = 0;
          for (const run of runs) {
            expect(markdown.slice(run.at, run.at + run.text.length)).toBe(run.text);
            expect(run.at).toBeGreaterThanOrEqual(after);
            after = run.at + run.text.length;
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
