/**
 * Issue 30's smaller ones about `--fix`, and the fuzz property: two runs at once claim each fix
 * once; a fix that would make a finding the document did not have (`hthe the` to `the the`, a
 * bullet fixed into a duplicate of another, frontmatter YAML broken) is not made and is said; an
 * invisible character holding a line's indentation is not removed unasked. Over generated
 * documents, lint, `--fix`, lint again: no finding is added, and no line changes that no fix was
 * for.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/core/types.js';
import { lintFile } from '../../src/node/files.js';
import { lintDocument } from '../../src/node/lint.js';
import { runCli, workspace } from '../helpers/cli.js';
import { root } from '../helpers/paths.js';

const sections = '## Responsibilities\n\n- Ship.\n\n## Requirements\n\n- SQL.\n\n## Leadership\n\n- Mentor.\n';

describe('two --fix runs at once', () => {
  it('claim each fix once between them, and leave no file of their own behind', async () => {
    const files = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`docs/d${String(i).padStart(3, '0')}.md`, `# Role ${i}\n\nWe work publically.\n\n${sections}`]));
    const dir = workspace(files);
    const fix = () =>
      new Promise<{ path: string; fixed?: number }[]>((resolve, reject) =>
        execFile(process.execPath, [path.join(root, 'dist/cli/index.js'), '--fix', '--workers', '1', '--format', 'json', 'docs'], { cwd: dir, maxBuffer: 1 << 26 }, (error, stdout) =>
          error && (error as { code?: number }).code !== 1 ? reject(error) : resolve(JSON.parse(stdout)),
        ),
      );
    const runs = await Promise.all([fix(), fix()]);
    const claims = Object.keys(files).map((name) => runs.filter((run) => run.find((r) => r.path === name)?.fixed === 1).length);
    expect(claims.filter((n) => n !== 1)).toEqual([]);
    for (const name of Object.keys(files)) expect(readFileSync(path.join(dir, name), 'utf8')).toContain('We work publicly.');
    expect(readdirSync(path.join(dir, 'docs')).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 120_000);
});

describe('a fix that would make a finding is not made', () => {
  const fixOnce = async (text: string) => {
    const dir = workspace({ 'doc.md': text });
    const run = await runCli(['--fix', '--fail-on', 'never', 'doc.md'], dir);
    return { ...run, after: readFileSync(path.join(dir, 'doc.md'), 'utf8') };
  };

  it('`hthe the` is not made `the the`', async () => {
    const text = `# Role\n\nWe hthe the plan and work publically.\n\n${sections}`;
    const run = await fixOnce(text);
    expect(run.after).toBe(text.replace('publically', 'publicly'));
    expect(run.stderr).toBe('rolelint: `doc.md`: 1 fix was not made, since each would make a finding the document did not have: `hthe` on line 3 (it would make `repeated-word` on line 3)\n');
    expect(run.stdout).toContain('doc.md:3:4  warning  `hthe` is misspelt; did you mean `the`?  typo');
    expect(run.stdout).not.toContain('can be fixed with `--fix`');
  });

  it('a bullet is not fixed into a duplicate of another', async () => {
    const text = `# Role\n\n## Responsibilities\n\n- Work publicly\n- Work publically\n\n## Requirements\n\n- SQL.\n\n## Leadership\n\n- Mentor.\n`;
    const run = await fixOnce(text);
    expect(run.after).toBe(text);
    expect(run.stderr).toContain('(it would make `duplicate-bullet` on line 6)');
  });

  it('half of a word hyphenated across a line break is not "corrected" (`manage-` / `ment` became `meant`)', async () => {
    const text = `# Role\n\nStrong manage-\nment skills, and managm-\nent too; work publically.\n\n${sections}`;
    expect((await fixOnce(text)).after).toBe(text.replace('publically', 'publicly'));
  });

  it('frontmatter is not broken by removing an invisible character, nor nested under another key', async () => {
    for (const line of ['\u200B  level: 2', '\u200B\tlevel: 2']) {
      const text = `---\ntitle: Role\n${line}\n---\n# Role\n\n${sections}`;
      const { messages } = await lintDocument({ path: 'doc.md', contents: text });
      expect(messages.map((m) => `${m.line} ${m.ruleId} ${m.fix ? 'fix' : ''}`)).toEqual(['3 invisible-character ']);
      expect((await fixOnce(text)).after).toBe(text);
    }
    // Inside a value, or before a key at the margin, it goes as before.
    const text = `---\ntitle: Ro\u200Ble\n\u200Btags: [a]\n---\n# Role\n\n${sections}`;
    expect((await fixOnce(text)).after).toBe(text.replaceAll('\u200B', ''));
  });
});

/** Lines that make fixes, and lines a fix could make findings of. */
const line = fc.oneof(
  fc.constantFrom(
    '# Role', '## Responsibilities', '## Requirements', '## Leadership', '## Infrastruture', '', '', '---', 'title: Senior Enginer', 'title: Role', '  level: 2',
    '- Work publicly', '- Work publically', '- Stay commited', '- Stay committed', 'We hthe the plan.', 'the the', 'Teams recieve feedback.', 'Require\u200Bments',
    '\u200B  nested: x', '\u200Btags: [a]', '\u200B    code', 'We need manage-', 'ment and more.', '\uFEFF', '- Own the roadmap', '- Own the roadmap.', '| Transfering | x |', '<p>Commited</p>', '```', '> quote',
  ),
  fc.string({ maxLength: 20 }),
);
const documents = fc.tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol) + eol);

/** Findings by rule and line, counted. */
const counts = (result: FileResult) => {
  const map = new Map<string, number>();
  for (const m of result.messages) map.set(`${m.ruleId}@${m.line}`, (map.get(`${m.ruleId}@${m.line}`) ?? 0) + 1);
  return map;
};

describe('fuzz: lint, --fix, lint again', () => {
  const dir = workspace({});
  let n = 0;

  it('--fix never adds a finding, and changes no line but those its fixes were on', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        const name = `f${n++}.md`;
        writeFileSync(path.join(dir, name), text);
        const before = await lintDocument({ path: name, contents: Buffer.from(text) });
        const fixed = await lintFile(name, dir, undefined, { fix: true });
        const after = readFileSync(path.join(dir, name), 'utf8');
        const again = await lintDocument({ path: name, contents: Buffer.from(after) });
        // What --fix reported is what linting the written file finds.
        expect(fixed.messages.map((m) => `${m.ruleId}@${m.line}`)).toEqual(again.messages.map((m) => `${m.ruleId}@${m.line}`));
        const was = counts(before);
        for (const [key, k] of counts(again)) expect(k, `${key} after --fix of ${JSON.stringify(text)}`).toBeLessThanOrEqual(was.get(key) ?? 0);
        const fixLines = new Set(before.messages.filter((m) => m.fix).map((m) => m.line));
        const [a, b] = [text.split(/\r\n|\n/), after.split(/\r\n|\n/)];
        expect(b.length).toBe(a.length);
        for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) expect(fixLines.has(i + 1), `line ${i + 1} of ${JSON.stringify(text)}`).toBe(true);
      }),
      { numRuns: 400 },
    );
  }, 300_000);
});
