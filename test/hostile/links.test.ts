/**
 * Issue 30, case 6: the Action reads only files in its workspace. A pull request adding a link to
 * the checkout's `.git/config` (where actions/checkout keeps the token) or to a file elsewhere on
 * the runner gets one finding naming the link, and nothing of the target reaches the log, the check
 * run or the summary; folders are searched without following links; a `files` entry outside the
 * workspace is refused with a warning. The CLI keeps following links.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runActionAgainst } from '../helpers/action-run.js';
import { runCli, workspace } from '../helpers/cli.js';
import { githubLike } from '../helpers/github-server.js';

// A job post by its frontmatter, lacking two of its sections: two findings at its title (line 4).
const partial = '---\nkind: job-post\n---\n# B\n\n## Leadership\n\n- Mentor.\n';
/** Words no document has: if any is printed, a target outside the workspace was read. */
const secret = 'zqxjkvbwpfy';

function hostileCheckout() {
  const outside = mkdtempSync(path.join(tmpdir(), 'rolelint-outside-'));
  writeFileSync(path.join(outside, 'notes.md'), `# Notes\n\nThe ${secret} rota.\n`);
  const dir = workspace({ 'jobs/a.md': partial, '.git/config': `[http]\n\textraheader = AUTHORIZATION: basic ${secret}\n# ${secret}\n` });
  symlinkSync('../.git/config', path.join(dir, 'jobs/x.md'));
  symlinkSync(path.join(outside, 'notes.md'), path.join(dir, 'jobs/elsewhere.md'));
  symlinkSync(outside, path.join(dir, 'jobs/folder'));
  mkdirSync(path.join(dir, 'docs'));
  symlinkSync('../jobs/a.md', path.join(dir, 'docs/same.md'));
  return { dir, outside };
}

const refused = (name: string, target: string, where: string) => `Cannot read \`${name}\`: it is a symbolic link to \`${target}\`, which is ${where}; only files in the workspace are read, so it was not; the other files were linted`;

describe('the Action and links out of its workspace', () => {
  it('a pull request adding links to .git/config and to a file on the runner: one finding each, nothing of them read', async () => {
    const { dir, outside } = hostileCheckout();
    const listed = ['jobs/a.md', 'jobs/x.md', 'jobs/elsewhere.md', 'docs/same.md'].map((filename) => ({ filename, status: 'added' }));
    const run = await runActionAgainst(dir, { 'fail-on': 'never', report: 'report.json' }, githubLike(listed));
    const everything = [run.stdout, run.summary, JSON.stringify(run.server.requests.map((r) => r.body))].join('\n');
    expect(everything).not.toContain(secret);
    const annotations = run.server.requests.find((r) => r.method === 'POST')!.body.output.annotations as { path: string; message: string }[];
    // A link in the workspace is read as its target is (two missing sections, no pay); the two that lead out are findings, not annotated on a line.
    expect(annotations.map((a) => a.path)).toEqual(['jobs/a.md', 'jobs/a.md', 'jobs/a.md', 'docs/same.md', 'docs/same.md', 'docs/same.md']);
    expect(run.stdout).toContain(`jobs/x.md:1:1  error  ${refused('jobs/x.md', '../.git/config', "in the checkout's `.git` folder")}  file-unreadable`);
    expect(run.stdout).toContain(`jobs/elsewhere.md:1:1  error  ${refused('jobs/elsewhere.md', path.join(outside, 'notes.md'), 'outside the workspace')}  file-unreadable`);
  });

  it('searching a folder on a push: links listed and refused, a linked folder not entered', async () => {
    const { dir } = hostileCheckout();
    const run = await runActionAgainst(dir, { files: 'jobs docs', 'fail-on': 'never' }, githubLike([]), { ref: 'refs/heads/main', after: 'merge0000' });
    expect(run.stdout).not.toContain(secret);
    expect(run.stdout).toContain('linting 4 files matching `jobs docs`');
    expect(run.stdout.split('\n').filter((l) => /^\S+\.md:\d+:1 /.test(l)).map((l) => `${l.split(':')[0]} ${l.split('  ').at(-1)}`)).toEqual([
      'jobs/a.md pay-transparency',
      'jobs/a.md required-sections',
      'jobs/a.md required-sections',
      'jobs/elsewhere.md file-unreadable',
      'jobs/x.md file-unreadable',
      'docs/same.md pay-transparency',
      'docs/same.md required-sections',
      'docs/same.md required-sections',
    ]);
  });

  it('refuses `files` entries outside the workspace, with a warning each', async () => {
    const { dir, outside } = hostileCheckout();
    const run = await runActionAgainst(dir, { files: `/etc/passwd ${path.join(outside, 'notes.md')} ../outside.md jobs/a.md`, 'fail-on': 'never' }, githubLike([]), { ref: 'refs/heads/main', after: 'merge0000' });
    expect(run.stdout).toContain(`::warning::Input \`files\`: \`/etc/passwd\` is outside the workspace (${dir}); the Action lints only files in it, so it was not linted`);
    expect(run.stdout).toContain('::warning::Input `files`: `../outside.md` is outside the workspace');
    expect(run.stdout).toContain('linting 1 file matching `jobs/a.md`');
    expect(run.stdout).not.toContain(secret);
    expect(run.stdout).not.toContain('root:');
  });
});

describe('the CLI and links', () => {
  it('follows links, as linters do, out of the folder too', async () => {
    const { dir } = hostileCheckout();
    const run = await runCli(['--format', 'json', '--fail-on', 'never', 'jobs/elsewhere.md'], dir);
    expect((JSON.parse(run.stdout) as { messages: { actual?: string }[] }[])[0]!.messages.some((m) => m.actual === secret)).toBe(true);
  });
});
