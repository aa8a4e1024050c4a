/**
 * Properties over arbitrary input (fast-check): the engine never throws, every finding lies inside
 * the document, two runs agree, and the input is never changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../src/core/types.js';
import { decodeBytes } from '../src/engine/decode.js';
import { inspectBytes } from '../src/engine/guard.js';
import { applyFixes } from '../src/core/fixes.js';
import { lintDocument } from '../src/node/lint.js';

/** Lines of Markdown and of word-processor pastes that exercise every rule and the plain-text structure. */
const markdownLine = fc.oneof(
  fc.constantFrom(
    '# Role', '## Responsibilities', '## Requirments', '### Leadership skills', 'Key Responsibilities', 'What is a CTO?',
    '- Own the roadmap', '- own the roadmap.', '* Organise the team', '- Organize the team', '  • Culture: Foster culture',
    '\t– Lead teams', '        ● Deep bullet', '> quote', '```', '~~~md', '    code', '| a | b |', '| --- | --- |',
    '---', 'title: x', 'title: [1, 2', '- a: b: c', '', '', '<!-- comment -->', '<div>', '**bold** _em_', '[link](http://x)',
    '1. first', '2) second', '\u00a0', '\ufeff', '職務内容', '😀 emoji',
    // Listed misspellings with one correction, which `--fix` corrects.
    '- Work publically', 'title: Senior Enginer', '## Infrastruture', '<p>Commited</p>', '| Transfering | x |',
  ),
  fc.string({ maxLength: 40 }),
);
const eol = fc.constantFrom('\n', '\r\n', '\r');
const markdown = fc.tuple(fc.array(markdownLine, { maxLength: 40 }), eol).map(([lines, end]) => lines.join(end));

function assertInside(result: FileResult, text: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const m of result.messages) {
    const points = [[m.line, m.column], ...(m.endLine === undefined ? [] : [[m.endLine, m.endColumn!]])] as [number, number][];
    for (const [line, column] of points) {
      expect(line, m.message).toBeGreaterThanOrEqual(1);
      expect(line, m.message).toBeLessThanOrEqual(lines.length);
      expect(column, m.message).toBeGreaterThanOrEqual(1);
      expect(column, m.message).toBeLessThanOrEqual(lines[line - 1]!.length + 1);
    }
    expect(m.ruleId).not.toBe('internal-error');
  }
}

const decodedText = (bytes: Uint8Array): string | undefined => {
  const kind = inspectBytes(bytes);
  return kind.kind === 'binary' ? undefined : decodeBytes(bytes, kind.encoding, kind.bomLength).text;
};

describe('engine properties', () => {
  it('Markdown-like text: never throws, findings inside the document, deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, async (text) => {
        const first = await lintDocument({ path: 'p.md', contents: text });
        assertInside(first, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        expect(await lintDocument({ path: 'p.md', contents: text })).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary strings: never throws, findings inside the document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
        assertInside(await lintDocument({ path: 'p.md', contents: text }), text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      }),
      { numRuns: 200 },
    );
  });

  it('arbitrary bytes: never throws, never changes the bytes, findings inside the decoded text, deterministic', async () => {
    const withMarkdown = fc.oneof(fc.uint8Array({ maxLength: 400 }), markdown.map((t) => new TextEncoder().encode(t)));
    await fc.assert(
      fc.asyncProperty(withMarkdown, fc.nat(), async (bytes, cut) => {
        // Mix in invalid UTF-8 at an arbitrary place.
        const input = Uint8Array.from([...bytes.subarray(0, cut % (bytes.length + 1)), 0xc3, ...bytes.subarray(cut % (bytes.length + 1))]);
        const copy = Uint8Array.from(input);
        const first = await lintDocument({ path: 'p.md', contents: input });
        expect(input).toEqual(copy);
        const text = decodedText(input);
        if (text === undefined) expect(first.messages.map((m) => m.ruleId)).toEqual(['file-binary']);
        else assertInside(first, text);
        expect(await lintDocument({ path: 'p.md', contents: input })).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  /**
   * Each fix replaces the very text its finding is about, and the passes of --fix leave none to
   * make. As --fix runs them (ESLint's way): a fix may overlap another (a misspelt word holding an
   * invisible character) or change what a line is (a byte-order mark alone on a line, removed,
   * leaves a blank line that ends an HTML block), so what remains is linted again.
   */
  const fixesConverge = async (text: string) => {
    let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    for (let pass = 0; pass < 3; pass++) {
      const fixable = (await lintDocument({ path: 'p.md', contents: source })).messages.filter((m) => m.fix);
      for (const m of fixable) expect(source.slice(...m.fix!.range)).toBe(m.actual);
      if (fixable.length === 0) return;
      source = applyFixes(source, fixable).text;
    }
    const last = await lintDocument({ path: 'p.md', contents: source });
    expect(last.messages.filter((m) => m.fix).map((m) => m.actual)).toEqual([]);
  };

  it('fixes: each replaces the very text its finding is about, and the passes of --fix leave none to make', async () => {
    await fc.assert(fc.asyncProperty(markdown, fixesConverge), { numRuns: 300 });
  });

  it('fixes converge where one changes the structure or overlaps another (cases fast-check found)', async () => {
    await fixesConverge('<p>Commited</p>\n\uFEFF\n  \u2022 Culture: Foster culture');
    await fixesConverge('We value managm\u200Bent and publically\u200B shared plans.\n');
  });
});
