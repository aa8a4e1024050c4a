/**
 * Issue 30, cases 4 and 5: a GitHub that fails does not change the result. Against a loopback
 * GitHub that never answers, answers 429 for ever, answers 500 or malformed JSON on the file list,
 * the Action finishes within its API budget (`api-timeout`) with the same pass or fail as against
 * a healthy one, takes the changed files from `git diff` instead of linting every file, says what
 * happened (a rate limit as a rate limit, with its reset), and writes its summary and outputs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runActionAgainst, type ActionRun } from '../helpers/action-run.js';
import { githubLike, type Handler } from '../helpers/github-server.js';

const sections = '## Responsibilities\n\n- Ship.\n\n## Requirements\n\n- SQL.\n\n## Leadership\n\n- Mentor.\n';
/** Seconds the Action may spend on the API in these runs; each call may wait a quarter of it. */
const apiTimeout = 4;
/** Linting and starting up besides, generously: a run that waits out its budget must still end by then. */
const slack = 8;

/** A repository whose pull request changes one file (two typos: warnings); a file it does not touch has errors. */
function checkout() {
  const top = mkdtempSync(path.join(tmpdir(), 'rolelint-pr-'));
  const origin = path.join(top, 'origin');
  const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();
  mkdirSync(path.join(origin, 'jobs'), { recursive: true });
  git(origin, 'init', '-q');
  writeFileSync(path.join(origin, 'jobs/untouched.md'), '# Untouched\n\nNo sections at all.\n');
  writeFileSync(path.join(origin, 'jobs/changed.md'), `# Changed\n\n${sections}`);
  git(origin, 'add', '.');
  git(origin, 'commit', '-qm', 'base');
  const base = git(origin, 'rev-parse', 'HEAD');
  writeFileSync(path.join(origin, 'jobs/changed.md'), `# Changed\n\n${sections}\nTeams recieve feedback and acheive goals.\n`);
  git(origin, 'commit', '-qam', 'head');
  const head = git(origin, 'rev-parse', 'HEAD');
  git(top, 'clone', '-q', `file://${origin}`, 'work');
  const event = { pull_request: { number: 7, head: { sha: head }, base: { sha: base }, commits: 1 } };
  return { dir: path.join(top, 'work'), event };
}

const listed = [{ filename: 'jobs/changed.md', status: 'modified', patch: '@@ -14,0 +15,2 @@\n+\n+Teams recieve feedback and acheive goals.' }];
const resetAt = () => Math.floor(Date.now() / 1000) + 3600;
const failures: [name: string, handler: () => Handler][] = [
  ['never answers', () => () => 'never'],
  ['answers 429 for ever', () => () => ({ status: 429, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetAt()) }, body: { message: 'API rate limit exceeded for installation ID 1.' } })],
  ['answers 500 on the file list', () => githubLike(listed, (r) => (r.path.endsWith('/files') ? { status: 500, body: { message: 'Server Error' } } : undefined))],
  ['answers malformed JSON on the file list', () => githubLike(listed, (r) => (r.path.endsWith('/files') ? { status: 200, raw: '[{"filename": "jobs/chan' } : undefined))],
];

describe.each(['error', 'warning'])('a failing GitHub does not change the result (fail-on: %s)', (failOn) => {
  let healthy: ActionRun;
  beforeAll(async () => {
    const { dir, event } = checkout();
    healthy = await runActionAgainst(dir, { 'fail-on': failOn, 'api-timeout': String(apiTimeout) }, githubLike(listed), event);
  });

  it('a healthy GitHub: lints the changed file only', () => {
    const run = healthy;
    expect(run.stdout).toContain('linting 1 changed file of pull request #7');
    expect(run.outputs).toMatch(/warnings<<.*\n2\n[\s\S]*files<<.*\n1\n/);
    expect(run.failed).toBe(failOn === 'warning');
  });

  it.each(failures)('a GitHub that %s: the same result within the budget, the list from git diff, a summary', async (name, handler) => {
    const { dir, event } = checkout();
    const run = await runActionAgainst(dir, { 'fail-on': failOn, 'api-timeout': String(apiTimeout) }, handler(), event);
    expect(run.seconds).toBeLessThan(apiTimeout + slack);
    expect(run.failed).toBe(healthy.failed);
    expect(run.stdout).toContain('linting 1 changed file of pull request #7 matching `**/*.md` or `**/*.markdown` (listed by `git diff`)');
    expect(run.outputs).toMatch(/errors<<.*\n0\n[\s\S]*warnings<<.*\n2\n[\s\S]*files<<.*\n1\n/);
    expect(run.summary).toContain('2 findings in 1 of 1 file.');
    expect(run.summary).toContain('`recieve` is misspelt');
    expect(run.stdout).toContain('Taking the changed files from `git diff` in the checkout instead, so the same files are linted.');
    if (name === 'never answers') expect(run.stdout).toMatch(/failed: no answer within 1 s\. GitHub did not answer in time; the run goes on without it/);
    if (name === 'answers 429 for ever') {
      expect(run.stdout).toMatch(/failed \(HTTP 429\): API rate limit exceeded for installation ID 1\. This is a rate limit: GitHub allows the token only so many requests\. It resets at \d\d:\d\d:\d\d UTC \(in 3\d{3} s\)\./);
      expect(run.stdout).not.toContain('Check the network and GITHUB_API_URL');
    }
  }, 60_000);
});

describe('whatever happens, the summary and outputs', () => {
  it('are written when the JSON report cannot be, and GitHub never answers', async () => {
    const { dir, event } = checkout();
    const run = await runActionAgainst(dir, { 'fail-on': 'warning', 'api-timeout': String(apiTimeout), report: 'jobs' }, () => 'never', event);
    expect(run.stdout).toMatch(/::warning::rolelint could not write the JSON report to `jobs`: EISDIR/);
    expect(run.outputs).toMatch(/errors<<.*\n0\n[\s\S]*warnings<<.*\n2\n[\s\S]*files<<.*\n1\n/);
    expect(run.summary).toContain('2 findings in 1 of 1 file.');
    expect(run.failed).toBe(true);
    expect(run.seconds).toBeLessThan(apiTimeout + slack);
  }, 60_000);
});
