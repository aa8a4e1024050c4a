/**
 * Issue 30's smaller ones about configuration: a negated `ignore` glob, `extends` and `wordsFile`
 * naming a device, a pipe or a file too large to be one, a configuration file that is a link to
 * /dev/zero, and in the Action, configuration read only from files in the workspace.
 */
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runActionAgainst } from '../helpers/action-run.js';
import { runCli, workspace } from '../helpers/cli.js';
import { githubLike } from '../helpers/github-server.js';

// A job post by its frontmatter, lacking two of its sections: two findings at its title (line 4).
const partial = '---\nkind: job-post\n---\n# B\n\n## Leadership\n\n- Mentor.\n';
const linted = async (dir: string, args: string[] = []) =>
  (JSON.parse((await runCli(['--format', 'json', '--fail-on', 'never', ...args], dir)).stdout) as { path: string }[]).map((r) => r.path);

describe('`!` in a list of globs takes back what the others match', () => {
  it('`ignore: ["!x.md"]` ignores nothing (it ignored every file, and the run passed)', async () => {
    const dir = workspace({ '.rolelintrc.json': JSON.stringify({ ignore: ['!x.md'] }), 'x.md': partial, 'y.md': partial });
    expect(await linted(dir)).toEqual(['x.md', 'y.md']);
  });

  it('`ignore: ["**/*.md", "!keep.md"]` lints keep.md alone; an override`s `!` glob leaves that file out', async () => {
    const dir = workspace({ '.rolelintrc.json': JSON.stringify({ ignore: ['**/*.md', '!keep.md'] }), 'keep.md': partial, 'drop.md': partial });
    expect(await linted(dir)).toEqual(['keep.md']);
    const overridden = workspace({
      '.rolelintrc.json': JSON.stringify({ overrides: [{ files: ['jobs/**', '!jobs/x.md'], rules: { 'required-sections': 'off' } }] }),
      'jobs/x.md': partial,
      'jobs/y.md': partial,
    });
    const report = JSON.parse((await runCli(['--format', 'json', '--fail-on', 'never', 'jobs'], overridden)).stdout) as { path: string; messages: unknown[] }[];
    // Each states no pay (pay-transparency); x.md also misses two sections.
    expect(report.map((r) => `${r.path} ${r.messages.length}`)).toEqual(['jobs/x.md 3', 'jobs/y.md 1']);
  });
});

describe.skipIf(process.platform === 'win32')('files the configuration names that are no configuration', () => {
  const problem = async (files: Record<string, string>, setup?: (dir: string) => void, args: string[] = []) => {
    const dir = workspace({ 'a.md': partial, ...files });
    setup?.(dir);
    const run = await runCli([...args, 'a.md'], dir);
    expect(run.code).toBe(2);
    return run.stderr;
  };

  it('`extends: /dev/zero` says it is no regular file (it said "cannot find")', async () => {
    expect(await problem({ '.rolelintrc.json': JSON.stringify({ extends: '/dev/zero' }) })).toContain(
      '.rolelintrc.json:1:12: `extends`: `/dev/zero` is not a regular file (a folder, a device or a pipe); name a JSON or YAML file',
    );
  });

  it('`wordsFile: /dev/zero`, a named pipe or a 5 MiB file are refused without reading them (it read 676 MB)', async () => {
    expect(await problem({ '.rolelintrc.json': JSON.stringify({ wordsFile: '/dev/zero' }) })).toContain('cannot read the words file `/dev/zero`: it is not a regular file (a device, a pipe or a socket)');
    expect(await problem({ '.rolelintrc.json': JSON.stringify({ wordsFile: 'pipe.txt' }) }, (dir) => execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]))).toContain('it is not a regular file (a device, a pipe or a socket)');
    expect(await problem({ '.rolelintrc.json': JSON.stringify({ wordsFile: 'words.txt' }), 'words.txt': 'word\n'.repeat(5 * 2 ** 18 + 1) })).toContain(
      'cannot read the words file `',
    );
  });

  it('a configuration of two million words (20 MB) is refused, not parsed (it took 2.9 GB)', async () => {
    const words = Array.from({ length: 2_000_000 }, (_, i) => `w${i.toString(36)}`);
    const stderr = await problem({ '.rolelintrc.json': JSON.stringify({ words }) });
    expect(stderr).toMatch(/cannot read the configuration file: it is 1\d\.\d MiB, more than the 1 MiB a configuration file may have/);
  });

  it('a configuration file that is a link to /dev/zero, found or named, is refused', async () => {
    expect(await problem({}, (dir) => symlinkSync('/dev/zero', path.join(dir, '.rolelintrc.json')))).toContain('.rolelintrc.json: cannot read the configuration file: it is not a regular file');
    expect(await problem({}, undefined, ['--config', '/dev/zero'])).toContain('/dev/zero: cannot read the configuration file: it is not a regular file');
  });
});

describe('the Action reads configuration only from files in the workspace', () => {
  it('refuses a configuration that extends or names words outside it, or in its .git folder', async () => {
    const outside = workspace({ 'base.json': JSON.stringify({ words: ['zqxjkvbwpfy'] }) });
    const base = path.join(outside, 'base.json');
    const dir = workspace({ 'a.md': partial, '.git/words.txt': 'x\n', '.rolelintrc.json': JSON.stringify({ extends: base, wordsFile: '.git/words.txt' }) });
    const run = await runActionAgainst(dir, {}, githubLike([]), { ref: 'refs/heads/main', after: 'merge0000' });
    expect(run.stdout).toContain('::error::rolelint: the configuration is not valid:');
    expect(run.stdout).toContain(`\`extends\`: cannot read \`${base}\`: it is outside the workspace (or in its \`.git\` folder), and the Action reads configuration only from files in it`);
    expect(run.stdout).toMatch(/cannot read the words file `[^`]*\.git\/words\.txt`: it is outside the workspace \(or in its `\.git` folder\)/);
    expect(run.summary).toContain('Nothing was linted:');
    expect(run.failed).toBe(true);
  });

  it('stops the search for a configuration at the workspace', async () => {
    const parent = workspace({ '.rolelintrc.json': JSON.stringify({ rules: { 'required-sections': 'off' } }) });
    writeFileSync(path.join(parent, 'marker'), '');
    const dir = path.join(parent, 'repo');
    execFileSync('mkdir', [dir]);
    writeFileSync(path.join(dir, 'a.md'), partial);
    const run = await runActionAgainst(dir, { 'fail-on': 'never' }, githubLike([]), { ref: 'refs/heads/main', after: 'merge0000' });
    expect(run.stdout).toContain('linting 1 file matching `**/*.md` or `**/*.markdown`\n');
    expect(run.outputs).toMatch(/errors<<.*\n2\n/);
  });
});
