/**
 * Issue 30, case 7: a path that is there but cannot be read as a document (a named pipe, a link to
 * /dev/zero, a loop of links, a broken link, a name that is not UTF-8) is a `file-unreadable`
 * finding on that path, saying where a link leads, and the other files' findings stand: the same
 * whether the path is named on the command line or found in a folder. Only a path that is not
 * there at all is a usage error.
 */
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../helpers/cli.js';

// A job post by its frontmatter, lacking two of its sections and its pay: three findings at its title (line 4).
const partial = '---\nkind: job-post\n---\n# B\n\n## Leadership\n\n- Mentor.\n';
/** `café.md` written in Latin-1: its name's bytes are not UTF-8. */
const latin1Name = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('.md')]);

describe.skipIf(process.platform === 'win32')('paths that are there but are no document', () => {
  const dir = workspace({ 'good.md': partial });
  execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
  symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
  symlinkSync('loop-b.md', path.join(dir, 'loop-a.md'));
  symlinkSync('loop-a.md', path.join(dir, 'loop-b.md'));
  symlinkSync('nowhere.md', path.join(dir, 'broken.md'));
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1Name]), partial);
  const named = ['good.md', 'pipe.md', 'zero.md', 'loop-a.md', 'broken.md', latin1Name.toString('utf8')];

  const expected = {
    'broken.md': 'Cannot read `broken.md`: it is a symbolic link to `nowhere.md`, which does not exist (ENOENT); the other files were linted',
    'caf\uFFFD.md': 'Cannot read `caf\uFFFD.md`: its name is not valid UTF-8 (the bytes that are not show as U+FFFD), so no program can open it by the name it is given here; rename it; the other files were linted',
    'good.md': 'This job post states no pay',
    'loop-a.md': 'Cannot read `loop-a.md`: it is a symbolic link to `loop-b.md`, which is a link in a loop of links (ELOOP); the other files were linted',
    'loop-b.md': 'Cannot read `loop-b.md`: it is a symbolic link to `loop-a.md`, which is a link in a loop of links (ELOOP); the other files were linted',
    'pipe.md': 'Cannot read `pipe.md`: it is not a regular file but a named pipe; the other files were linted',
    'zero.md': 'Cannot read `zero.md`: it is a symbolic link to `/dev/zero`, which is not a regular file but a character device; the other files were linted',
  };
  const firstFindings = (stdout: string) =>
    Object.fromEntries((JSON.parse(stdout) as { path: string; messages: { message: string }[] }[]).map((r) => [r.path, r.messages[0]!.message.replace(/^(Missing section `\w+`|This job post states no pay).*$/, '$1')]));

  it('named on the command line: a finding each, the good file linted, exit 1 (not 2)', async () => {
    const run = await runCli(['--format', 'json', ...named], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const { 'loop-b.md': _, ...namedOnes } = expected;
    expect(firstFindings(run.stdout)).toEqual(namedOnes);
  });

  it('found in a folder: the same findings, none passed over in silence', async () => {
    const run = await runCli(['--format', 'json', '.'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(firstFindings(run.stdout)).toEqual(expected);
  });

  it('a path that is not there at all is still a usage error', async () => {
    const run = await runCli(['good.md', 'gone.md'], dir);
    expect([run.code, run.stderr]).toEqual([2, 'rolelint: no such file or directory: `gone.md`\nRun `rolelint --help` for usage.\n']);
  });
});

describe.skipIf(process.platform === 'win32')('a folder search in a tree with parts it cannot read', () => {
  // Folders nested past the longest path the system opens (4,096 bytes on Linux): a recursive
  // listing of the workspace fails on them, and listed nothing at all.
  const tooDeep = (dir: string, under: string) =>
    execFileSync('sh', ['-c', `mkdir -p "${under}" && cd -P "${under}" && for i in $(seq 1 22); do mkdir ${'d'.repeat(200)} && cd -P ${'d'.repeat(200)}; done`], { cwd: dir });

  it('installed packages are never searched, and a folder too deep to read hides nothing else', async () => {
    const dir = workspace({ 'docs/good.md': partial });
    symlinkSync('nowhere.md', path.join(dir, 'docs/broken.md'));
    tooDeep(dir, 'node_modules/pkg');
    // What a search would list there, were it entered: a Markdown-named link that leads nowhere.
    symlinkSync('nowhere.md', path.join(dir, 'node_modules/pkg/README.md'));
    execFileSync('mkdir', ['-p', path.join(dir, '.git/info')]);
    symlinkSync('nowhere.md', path.join(dir, '.git/info/notes.md'));
    const run = await runCli(['--format', 'json', '.'], dir);
    expect(Object.keys(firstFindingsOf(run.stdout))).toEqual(['docs/broken.md', 'docs/good.md']);
    tooDeep(dir, 'archive');
    const again = await runCli(['--format', 'json', '.'], dir);
    expect(Object.keys(firstFindingsOf(again.stdout))).toEqual(['docs/broken.md', 'docs/good.md']);
  });
});

function firstFindingsOf(stdout: string): Record<string, string> {
  return Object.fromEntries((JSON.parse(stdout) as { path: string; messages: { message: string }[] }[]).map((r) => [r.path, r.messages[0]?.message ?? '']));
}
