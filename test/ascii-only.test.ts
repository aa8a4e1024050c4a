/**
 * The bundles are rewritten to pure ASCII (scripts/ascii-only.js) so that Node reads them as
 * one-byte strings. The rewrite must not change what any of them means.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../scripts/ascii-only.js';
import { root } from './helpers/paths.js';

/** Evaluates a script (its last expression is its value) and returns that value as JSON. */
const value = (source: string): string => JSON.stringify(vm.runInNewContext(source));

describe('ascii-only', () => {
  const samples: [what: string, source: string][] = [
    ['a string', `'curly ’quote’ and café'`],
    ['an identity escape in a string', `'\\é and \\\\é'`],
    ['a regular expression', `['don’t', 'don\\'t'].map((w) => /[’']/.test(w))`],
    ['an astral character in a u regular expression, as one code point', `[/^[😀-😎]$/u.test('😃'), /^.$/u.test('😃'), '😃'.length]`],
    ['an untagged template', '`• ${1 + 1} — ${"é"}`'],
    ['a comment', `/* — */ 1 // ’`],
  ];
  for (const [what, source] of samples) {
    it(`keeps the meaning of ${what} and leaves no non-ASCII character`, () => {
      const { text, kept } = asciiOnly(source);
      expect(text).toMatch(/^[\x00-\x7f]*$/);
      expect(kept).toEqual([]);
      expect(value(text)).toBe(value(source));
    });
  }

  it('leaves a tagged template (a tag can read its raw text) and says where', () => {
    const source = `const tag = (s) => s.raw[0];\n[tag\`é\`, 'é']`;
    const { text, kept } = asciiOnly(source);
    expect(text).toBe("const tag = (s) => s.raw[0];\n[tag`é`, '\\u00e9']");
    expect(kept).toEqual([2]);
    expect(value(text)).toBe(value(source));
  });

  it('the committed bundles are ASCII', () => {
    for (const file of ['dist/action.js', 'dist/cli/rolelint.js', 'dist/lint-worker.js', 'dist/cli/lint-worker.js']) {
      const nonAscii = /[^\x00-\x7f]/.exec(readFileSync(path.join(root, file), 'utf8'));
      expect(nonAscii && `${file}: ${nonAscii[0]} at offset ${nonAscii.index}`).toBeNull();
    }
  });
});
