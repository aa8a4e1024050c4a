import { describe, expect, it } from 'vitest';
import { configurationChange } from './config-change.js';
import { diffLines, filterFindings } from './diff.js';
import type { FileResult } from './types.js';

const finding = (line: number, endLine = line) => ({ ruleId: 'typo', severity: 'warning' as const, line, endLine, column: 1, message: `on ${line}` });

describe('diffLines', () => {
  it('numbers added and context lines in the new file, across hunks, skipping removed lines and `\\` notes', () => {
    const patch = ['@@ -1,4 +1,4 @@', ' one', '-two', '+TWO', ' three', ' four', '@@ -20,2 +20,3 @@', ' twenty', '+new', ' last', '\\ No newline at end of file'].join('\n');
    const { added, hunks } = diffLines(patch);
    expect([...added]).toEqual([2, 21]);
    expect([...hunks]).toEqual([1, 2, 3, 4, 20, 21, 22]);
  });
});

describe('filterFindings', () => {
  const results: FileResult[] = [
    { path: 'a.md', messages: [finding(1), finding(2), finding(5, 7), finding(9)] },
    { path: 'big.md', messages: [finding(3)] },
    { path: 'other.md', messages: [finding(1)] },
  ];
  const diff = new Map([
    ['a.md', diffLines('@@ -1,3 +1,3 @@\n one\n-two\n+TWO\n three\n@@ -6,1 +6,1 @@\n-six\n+SIX')],
    // GitHub gives no patch for a diff too large: its findings are all kept, never hidden.
    ['big.md', undefined],
  ]);
  const lines = (mode: Parameters<typeof filterFindings>[1]) => filterFindings(results, mode, diff).kept.map((r) => `${r.path}:${r.messages.map((m) => m.line).join(',')}`);

  it('added: a finding on an added line, or spanning one; a file without a patch keeps all; an unchanged file none', () => {
    expect(lines('added')).toEqual(['a.md:2,5', 'big.md:3', 'other.md:']);
    expect(filterFindings(results, 'added', diff).count).toBe(3);
  });

  it('diff_context: the hunks; file: the changed files; nofilter: all', () => {
    expect(lines('diff_context')).toEqual(['a.md:1,2,5', 'big.md:3', 'other.md:']);
    expect(lines('file')).toEqual(['a.md:1,2,5,9', 'big.md:3', 'other.md:']);
    expect(lines('nofilter')).toEqual(['a.md:1,2,5,9', 'big.md:3', 'other.md:1']);
  });
});

describe('configurationChange', () => {
  const watched = [
    { path: '.rolelintrc.json', what: 'the configuration file' },
    { path: 'package.json', what: "rolelint's version or settings in", lines: /rolelint/ },
  ];
  it('names what changed; package.json only where a line naming rolelint changes', () => {
    expect(configurationChange(['jobs/a.md'], watched, new Map())).toBeUndefined();
    expect(configurationChange(['.rolelintrc.json', 'jobs/a.md'], watched, new Map())).toBe('the configuration file `.rolelintrc.json`');
    const bump = '@@ -3,3 +3,3 @@\n   "devDependencies": {\n-    "rolelint": "^0.1.0",\n+    "rolelint": "^0.2.0",\n     "vitest": "^5.0.0"';
    expect(configurationChange(['package.json'], watched, new Map([['package.json', bump]]))).toBe("rolelint's version or settings in `package.json`");
    const other = '@@ -3,3 +3,3 @@\n   "rolelint": {},\n-    "vitest": "^5.0.0"\n+    "vitest": "^5.1.0"';
    expect(configurationChange(['package.json'], watched, new Map([['package.json', other]]))).toBeUndefined();
  });
});
