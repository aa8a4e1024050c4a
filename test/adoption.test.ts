/**
 * Adoption on an existing repository, through the Action's real code against the loopback GitHub:
 * `filter-mode` with patches made by `git diff` (what GitHub's files API returns), a pull request
 * that changes the configuration linting every file, and the baseline holding old findings back.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runActionAgainst, workflowCommands, type ActionRun } from './helpers/action-run.js';
import { runCli, workspace } from './helpers/cli.js';
import { githubLike } from './helpers/github-server.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

/** The patch `git diff` makes between two versions of a file, from its first hunk: as the files API gives it. */
function realPatch(before: string, after: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rolelint-patch-'));
  writeFileSync(path.join(dir, 'a'), before);
  writeFileSync(path.join(dir, 'b'), after);
  let diff = '';
  try {
    execFileSync('git', ['diff', '--no-index', '--no-color', '--unified=3', 'a', 'b'], { cwd: dir, encoding: 'utf8' });
  } catch (error) {
    diff = String((error as { stdout?: string }).stdout);
  }
  return diff.slice(diff.indexOf('@@')).replace(/\n$/, '');
}

/** A note (no required sections) with one typo on line 3 and another on line 13. */
const before = ['# Team notes', '', 'We recieve mail daily.', '', 'One.', '', 'Two.', '', 'Three.', '', 'Four.', '', 'Teams acheive goals.', ''].join('\n');
/** Line 7 changed to hold a new typo; lines 3 and 13, untouched, keep theirs. */
const withTypo = before.replace('Two.', 'Two days occured.');
const changedFile = (after: string) => [{ filename: 'notes.md', status: 'modified', patch: realPatch(before, after) }];

/** The annotations the check run carried, as `line rule` each. */
function annotated(run: ActionRun): string[] {
  return run.server.requests
    .filter((r) => r.path === '/repos/o/r/check-runs' || r.path === '/repos/o/r/check-runs/42')
    .flatMap((r) => r.body?.output?.annotations ?? [])
    .map((a: { path: string; start_line: number; title: string }) => `${a.path}:${a.start_line} ${a.title.replace('rolelint ', '')}`);
}
const conclusion = (run: ActionRun) => run.server.requests.at(-1)!.body.conclusion;

describe('filter-mode over the loopback GitHub, with patches from git diff', () => {
  it('added (the default on pull requests): annotates only the added line, counts the untouched ones in the summary, fails on the added one alone', async () => {
    const run = await runActionAgainst({ 'notes.md': withTypo }, { 'fail-on': 'warning' }, githubLike(changedFile(withTypo)));
    expect(annotated(run)).toEqual(['notes.md:7 typo']);
    expect(run.summary).toContain("**2 findings outside the pull request's changes** (`filter-mode: added`) are counted here, not annotated or listed, and do not fail the check.");
    expect(run.summary).toContain('`occured` is misspelt');
    expect(run.summary).not.toContain('`recieve` is misspelt');
    expect(run.stdout).toContain("rolelint: 2 findings outside the pull request's changes (filter-mode: added) are counted in the summary, not annotated");
    expect(conclusion(run)).toBe('failure');
    expect(run.server.requests.at(-1)!.body.output.summary).toBe("rolelint found 1 findings in 1 files. 2 findings outside the pull request's changes held back (filter-mode: added).");
    expect(run.failed).toBe(true);
  });

  it('added: a pull request that adds no finding passes though the file has old ones; fail-on-filtered: true fails it, still without annotating them', async () => {
    const clean = before.replace('Two.', 'Two days.');
    const passing = await runActionAgainst({ 'notes.md': clean }, { 'fail-on': 'warning' }, githubLike(changedFile(clean)));
    expect(annotated(passing)).toEqual([]);
    expect(conclusion(passing)).toBe('success');
    expect(passing.failed).toBe(false);
    expect(passing.summary).toContain("**2 findings outside the pull request's changes** (`filter-mode: added`)");

    const strict = await runActionAgainst({ 'notes.md': clean }, { 'fail-on': 'warning', 'fail-on-filtered': 'true' }, githubLike(changedFile(clean)));
    expect(annotated(strict)).toEqual([]);
    expect(conclusion(strict)).toBe('failure');
    expect(strict.failed).toBe(true);
    expect(strict.summary).toContain('and **do fail** the check (`fail-on-filtered: true`)');
  });

  it('diff_context: also the lines of the hunk around the change (3 lines of context), not a line past it', async () => {
    const run = await runActionAgainst({ 'notes.md': withTypo }, { 'filter-mode': 'diff_context', 'fail-on': 'never' }, githubLike(changedFile(withTypo)));
    // The hunk covers lines 4-10: line 3's typo is outside it, line 13's too.
    expect(realPatch(before, withTypo).split('\n')[0]).toMatch(/^@@ -4,7 \+4,7 @@/);
    expect(annotated(run)).toEqual(['notes.md:7 typo']);
    const wider = before.replace('One.', 'One occured.');
    const near = await runActionAgainst({ 'notes.md': wider }, { 'filter-mode': 'diff_context', 'fail-on': 'never' }, githubLike(changedFile(wider)));
    expect(annotated(near)).toEqual(['notes.md:3 typo', 'notes.md:5 typo']);
  });

  it('file: anywhere in a changed file, nothing in a file the pull request did not change; nofilter: everything', async () => {
    const files = { 'notes.md': withTypo, 'other.md': '# Other\n\nWe recieve.\n' };
    const inputs = { 'changed-only': 'false', 'fail-on': 'never' };
    const file = await runActionAgainst(files, { ...inputs, 'filter-mode': 'file' }, githubLike(changedFile(withTypo)));
    expect(annotated(file)).toEqual(['notes.md:3 typo', 'notes.md:7 typo', 'notes.md:13 typo']);
    expect(file.summary).toContain("**1 finding outside the pull request's changes** (`filter-mode: file`) is counted here");
    const all = await runActionAgainst(files, { ...inputs, 'filter-mode': 'nofilter' }, githubLike(changedFile(withTypo)));
    expect(annotated(all)).toEqual(['notes.md:3 typo', 'notes.md:7 typo', 'notes.md:13 typo', 'other.md:3 typo']);
    // nofilter with changed-only false needs no file list.
    expect(all.server.requests.some((r) => r.path.endsWith('/files'))).toBe(false);
  });

  it('added, with no token: the lines come from git diff in the checkout, and the workflow commands carry only the added line', async () => {
    const top = mkdtempSync(path.join(tmpdir(), 'rolelint-pr-'));
    const origin = path.join(top, 'origin');
    const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();
    mkdirSync(origin);
    git(origin, 'init', '-q');
    writeFileSync(path.join(origin, 'notes.md'), before);
    git(origin, 'add', '.');
    git(origin, 'commit', '-qm', 'base');
    const base = git(origin, 'rev-parse', 'HEAD');
    writeFileSync(path.join(origin, 'notes.md'), withTypo);
    git(origin, 'commit', '-qam', 'head');
    const head = git(origin, 'rev-parse', 'HEAD');
    git(top, 'clone', '-q', `file://${origin}`, 'work');
    const event = { pull_request: { number: 7, head: { sha: head }, base: { sha: base }, commits: 1 } };
    const run = await runActionAgainst(path.join(top, 'work'), { 'github-token': '', 'fail-on': 'never' }, githubLike([]), event);
    expect(run.server.requests).toEqual([]);
    expect(workflowCommands(run.stdout).filter((c) => c.startsWith('::warning title=rolelint')).map((c) => /line=(\d+)/.exec(c)![1])).toEqual(['7']);
    expect(run.summary).toContain("**2 findings outside the pull request's changes** (`filter-mode: added`)");
  });

  it('names a wrong filter-mode before linting', async () => {
    const run = await runActionAgainst({ 'notes.md': before }, { 'filter-mode': 'changed' }, githubLike([]));
    expect(run.failed).toBe(true);
    expect(run.stdout).toContain('Input `filter-mode` is `changed`: expected one of added, diff_context, file, nofilter');
  });
});

describe('a pull request that changes the configuration lints every file', () => {
  const docs = { 'jobs/a.md': '# A\n\nWe recieve.\n', 'jobs/b.md': '# B\n\nWe acheive.\n', 'jobs/c.md': '# C\n\nFine.\n' };
  const configBefore = '{ "files": ["jobs/**/*.md"] }\n';
  const configAfter = '{ "files": ["jobs/**/*.md"], "wordsFile": "words.txt" }\n';

  it('changing .rolelintrc.json: every matching file linted, every finding reported, and the log says why', async () => {
    const listed = [{ filename: '.rolelintrc.json', status: 'modified', patch: realPatch(configBefore, configAfter) }, { filename: 'jobs/a.md', status: 'modified', patch: '@@ -1,3 +1,3 @@\n # A\n \n-We receive.\n+We recieve.' }];
    const run = await runActionAgainst({ ...docs, '.rolelintrc.json': configAfter, 'words.txt': 'Kubeflow\n' }, { 'fail-on': 'never' }, githubLike(listed));
    expect(run.stdout).toContain('rolelint: pull request #7 changes the configuration file `.rolelintrc.json`: linting every matching file, not only the changed ones, since the change can alter findings in any of them');
    expect(run.stdout).toContain("linting 3 files matching the configuration's `files` (`jobs/**/*.md`), every one since the pull request changes the configuration file `.rolelintrc.json`");
    expect(run.stdout).toContain('rolelint: every finding is reported (filter-mode does not apply)');
    expect(run.outputs).toMatch(/files<<.*\n3\n/);
    expect(annotated(run)).toEqual(['jobs/a.md:3 typo', 'jobs/b.md:3 typo']);
  });

  it('changing the words file or the workflow that runs rolelint does too; a document alone does not', async () => {
    const files = { ...docs, '.rolelintrc.json': configAfter, 'words.txt': 'Kubeflow\n' };
    const words = await runActionAgainst(files, { 'fail-on': 'never' }, githubLike([{ filename: 'words.txt', status: 'modified', patch: '@@ -0,0 +1 @@\n+Kubeflow' }]));
    expect(words.stdout).toContain('changes a words file `words.txt`: linting every matching file');
    expect(words.outputs).toMatch(/files<<.*\n3\n/);

    vi.stubEnv('GITHUB_WORKFLOW_REF', 'o/r/.github/workflows/lint.yml@refs/pull/7/merge');
    const workflow = await runActionAgainst(files, { 'fail-on': 'never' }, githubLike([{ filename: '.github/workflows/lint.yml', status: 'modified', patch: '@@ -1 +1 @@\n-      - uses: rolelint/rolelint@v0.1.0\n+      - uses: rolelint/rolelint@v0.2.0' }]));
    expect(workflow.stdout).toContain('changes the workflow that runs rolelint (its version or inputs) `.github/workflows/lint.yml`: linting every matching file');
    vi.unstubAllEnvs();

    const plain = await runActionAgainst(files, { 'fail-on': 'never' }, githubLike([{ filename: 'jobs/a.md', status: 'modified', patch: '@@ -1,3 +1,3 @@\n # A\n \n-We receive.\n+We recieve.' }]));
    expect(plain.stdout).toContain('linting 1 changed file of pull request #7');
    expect(plain.stdout).not.toContain('linting every matching file');
  });
});

describe('the baseline in the Action', () => {
  it('holds back what the baseline records: a new typo is the one annotation, the summary counts those held back and those gone', async () => {
    const dir = workspace({ 'jobs/a.md': '# A\n\nWe recieve.\n\nWe acheive.\n', 'jobs/b.md': '# B\n\nThe adress.\n' });
    await runCli(['--write-baseline', 'jobs'], dir);
    expect(JSON.parse(readFileSync(path.join(dir, '.rolelint-baseline.json'), 'utf8')).findings).toHaveLength(3);
    writeFileSync(path.join(dir, 'jobs/a.md'), '# A\n\nNew: teh end.\n\nWe recieve.\n\nWe achieve.\n');
    const push = { ref: 'refs/heads/main', after: 'merge0000' };
    const run = await runActionAgainst(dir, { 'fail-on': 'warning' }, githubLike([]), push);
    expect(annotated(run)).toEqual(['jobs/a.md:3 typo']);
    expect(run.summary).toContain('**2 findings held back** by the baseline `.rolelint-baseline.json`, neither listed nor failing. 1 finding of it is gone: run `npx rolelint --write-baseline` and commit the file to drop them.');
    expect(run.stdout).toContain('  2 findings held back by the baseline .rolelint-baseline.json; 1 finding of it gone');
    expect(run.failed).toBe(true);

    const named = await runActionAgainst(dir, { 'fail-on': 'warning', baseline: 'missing.json' }, githubLike([]), push);
    expect(named.stdout).toContain('::warning::rolelint: the baseline `missing.json` does not exist');
    expect(annotated(named)).toHaveLength(3);
  });
});
