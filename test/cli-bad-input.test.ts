/** The CLI over a directory that mixes every kind of bad file with good ones. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const complete = '# Role\n\n## Responsibilities\n\n- Own it\n\n## Requirements\n\n- Care\n\n## Leadership\n\n- Lead\n';

describe('CLI over a directory of good and bad files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rolelint-mixed-'));
  writeFileSync(path.join(dir, 'a-good.md'), complete);
  writeFileSync(path.join(dir, 'b-duplicate.md'), complete.replace('- Own it\n', '- Own it\n- Own it\n'));
  writeFileSync(path.join(dir, 'c-binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  writeFileSync(path.join(dir, 'd-latin1.md'), Buffer.concat([Buffer.from(complete), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])]));
  writeFileSync(path.join(dir, 'e-empty.md'), '');
  writeFileSync(path.join(dir, 'f-huge.md'), Buffer.alloc(1024 * 1024 + 10, 0x61));
  writeFileSync(path.join(dir, 'g-frontmatter.md'), `---\ntitle: [Role\n---\n\n${complete}`);
  writeFileSync(path.join(dir, 'h-crlf.md'), complete.replace(/\n/g, '\r\n'));
  mkdirSync(path.join(dir, 'i-folder.md'));
  symlinkSync(path.join(dir, 'gone.md'), path.join(dir, 'j-broken-link.md'));

  it('reports each bad file as a finding on it, keeps every good file’s findings, and exits 1 (not 2)', async () => {
    const run = await runCli(['--format', 'json', '.'], dir);
    const report = JSON.parse(run.stdout) as { path: string; messages: { ruleId: string; line: number; column: number }[] }[];
    const summary = Object.fromEntries(report.map((r) => [r.path, r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)]));
    expect(summary).toEqual({
      'a-good.md': [],
      'b-duplicate.md': ['6:3 duplicate-bullet'],
      'c-binary.md': ['1:1 file-binary'],
      'd-latin1.md': ['14:4 file-encoding'],
      'e-empty.md': ['1:1 file-empty'],
      'f-huge.md': ['1:1 file-too-large'],
      'g-frontmatter.md': ['2:13 frontmatter'],
      'h-crlf.md': [],
      'j-broken-link.md': ['1:1 file-unreadable'],
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('exits 0 with --fail-on never, and the text report names every bad file', async () => {
    const run = await runCli(['--fail-on', 'never', '.'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('c-binary.md:1:1  error  `c-binary.md` is a PNG image, not a text document; it was not linted  file-binary');
    expect(run.stdout).toContain(`j-broken-link.md:1:1  error  Cannot read \`j-broken-link.md\`: it is a symbolic link to \`${path.join(dir, 'gone.md')}\`, which does not exist (ENOENT); the other files were linted  file-unreadable`);
    expect(run.stdout).toMatch(/✖ 7 problems \(4 errors, 3 warnings\) in 7 of 9 files\n$/);
  });
});
