/**
 * The Action's real code path against a loopback GitHub over HTTP: what the server received (check
 * runs in batches of 50, every annotation, the file list's pages), the fallbacks when GitHub says
 * no, retries, and what reaches the reviewer (commands, summary, outputs, exit code).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runActionAgainst, type ActionRun } from './helpers/action-run.js';
import { workspace } from './helpers/cli.js';
import { githubLike, type Handler, type LoopbackGitHub } from './helpers/github-server.js';

const sections = '## Responsibilities\n\n- Ship.\n\n## Requirements\n\n- SQL.\n\n## Leadership\n\n- Mentor.\n';
/**
 * A job post (by its frontmatter) for a role that leads people: 118 typo warnings (lines 8, 10, …)
 * and 2 missing-section errors, Requirements and Leadership (its title, line 4): 120 findings.
 */
const noisy = `---\nkind: job-post\n---\n# Head of Noise\n\n## Responsibilities\n\n${Array.from({ length: 118 }, (_, i) => `Item ${i} teams recieve feedback.`).join('\n\n')}\n`;
/** A job post lacking Responsibilities and Requirements: 2 errors on its title, line 4. */
const partial = '---\nkind: job-post\n---\n# B\n\n## Leadership\n\n- Mentor.\n';


let server: LoopbackGitHub | undefined;
afterEach(async () => {
  // Every request the Action made must be one GitHub's OpenAPI description accepts.
  expect(server?.invalid ?? []).toEqual([]);
  server = undefined;
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

/**
 * `files` are written to a new workspace; a string is a workspace made already (a git checkout).
 * The server stays readable after. Every finding is annotated here (`filter-mode: nofilter`) unless
 * a test asks otherwise: what a filter holds back is test/adoption.test.ts's.
 */
async function runAction(files: Record<string, string> | string, inputs: Record<string, string>, handler: Handler, event: object = pullRequest): Promise<ActionRun> {
  const result = await runActionAgainst(files, { 'filter-mode': 'nofilter', ...inputs }, handler, event);
  server = result.server;
  return result;
}

const pullRequest = { pull_request: { number: 7, head: { sha: 'head1234' }, base: { sha: 'base5678' }, commits: 2 } };
const changed = (...names: string[]) => names.map((filename) => ({ filename, status: 'modified', patch: '@@ -11,0 +12,1 @@\n+Item 2 teams recieve feedback.' }));

describe('Action over HTTP: the check run', () => {
  it('sends 120 findings as a check run on the head SHA in batches of 50, then completes it with the conclusion', async () => {
    const result = await runAction({ 'noisy.md': noisy, 'ok.md': `# Ok\n\n${sections}` }, {}, githubLike(changed('noisy.md', 'ok.md', 'notes.txt')));
    const calls = server!.requests.map((r) => `${r.method} ${r.path}${r.query.size ? `?${r.query}` : ''}`);
    expect(calls).toEqual([
      'GET /repos/o/r/pulls/7/files?per_page=100',
      'POST /repos/o/r/check-runs',
      'PATCH /repos/o/r/check-runs/42',
      'PATCH /repos/o/r/check-runs/42',
      'PATCH /repos/o/r/check-runs/42',
    ]);
    const [, create, second, third, done] = server!.requests;
    expect(create!.body).toMatchObject({ name: 'rolelint', head_sha: 'head1234', status: 'in_progress' });
    expect([create, second, third].map((r) => r!.body.output.annotations.length)).toEqual([50, 50, 20]);
    expect(done!.body).toEqual({ status: 'completed', conclusion: 'failure', output: { title: '2 errors, 118 warnings', summary: 'rolelint found 120 findings in 2 files.' } });
    const annotations = [create, second, third].flatMap((r) => r!.body.output.annotations);
    expect(annotations[0]).toEqual({
      path: 'noisy.md',
      start_line: 4,
      end_line: 4,
      start_column: 1,
      end_column: 16,
      annotation_level: 'failure',
      title: 'rolelint required-sections',
      message: expect.stringMatching(/^Missing section `Requirements`/),
    });
    expect(annotations[2]).toEqual({
      path: 'noisy.md',
      start_line: 8,
      end_line: 8,
      start_column: 14,
      end_column: 21,
      annotation_level: 'warning',
      title: 'rolelint typo',
      message: '`recieve` is misspelt; did you mean `receive`?',
    });
    expect(annotations.filter((a) => a.title === 'rolelint typo').map((a) => a.start_line)).toEqual(Array.from({ length: 118 }, (_, i) => 8 + 2 * i));
    // Nothing went out as workflow commands: the check run carries them all.
    expect(result.stdout).not.toMatch(/^::(error|warning) /m);
    expect(result.summary).toContain('120 findings in 1 of 2 files.');
    expect(result.summary).toContain('| [8](https://github.com/o/r/blob/head1234/noisy.md#L8) | warning | [`typo`](https://github.com/rolelint/rolelint/blob/v0.1.0/src/rules/typo.md) | `recieve` is misspelt; did you mean `receive`? |');
    expect(result.outputs).toMatch(/errors<<.*\n2\n/);
    expect(result.failed).toBe(true);
  });

  it('lists the changed files 100 a page (250 files: 3 pages), skips removed files and lints only matching ones', async () => {
    const names = Array.from({ length: 250 }, (_, i) => `docs/r${String(i).padStart(3, '0')}.md`);
    const files = Object.fromEntries(names.map((n) => [n, `# R\n\n${sections}`]));
    const list = [...changed(...names), { filename: 'gone.md', status: 'removed' }];
    const result = await runAction(files, {}, githubLike(list));
    const pages = server!.requests.filter((r) => r.path.endsWith('/files')).map((r) => r.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
    expect(result.outputs).toMatch(/files<<.*\n250\n/);
    expect(result.stdout).toContain('linting 250 changed files of pull request #7 matching `**/*.md` or `**/*.markdown`');
    expect(server!.requests.at(-1)!.body.conclusion).toBe('success');
    expect(result.failed).toBe(false);
  });
});

describe('Action over HTTP: which documents', () => {
  const config = JSON.stringify({ files: ['jobs/**/*.md'] });
  const push = { ref: 'refs/heads/main', after: 'merge0000' };

  it('without the `files` input, lints the configuration file\'s `files` on a push', async () => {
    const result = await runAction({ '.rolelintrc.json': config, 'jobs/a.md': partial, 'README.md': '# Project\n', 'notes.markdown': partial }, {}, githubLike([]), push);
    expect(result.stdout).toContain("linting 1 file matching the configuration's `files` (`jobs/**/*.md`) with .rolelintrc.json");
    expect(result.outputs).toMatch(/files<<.*\n1\n/);
    expect(server!.requests[0]!.body.output.annotations.map((a: { path: string }) => a.path)).toEqual(['jobs/a.md', 'jobs/a.md']);
  });

  it('without the `files` input, picks the pull request\'s changed files that the configuration\'s `files` and `ignore` select', async () => {
    const ignoring = JSON.stringify({ files: ['jobs/**/*.md'], ignore: ['jobs/_TEMPLATE.md'] });
    const result = await runAction(
      { '.rolelintrc.json': ignoring, 'jobs/a.md': partial, 'jobs/_TEMPLATE.md': partial, 'README.md': '# Project\n' },
      {},
      githubLike(changed('jobs/a.md', 'jobs/_TEMPLATE.md', 'README.md')),
    );
    expect(result.stdout).toContain("linting 1 changed file of pull request #7 matching the configuration's `files` (`jobs/**/*.md`) with .rolelintrc.json");
    expect(result.stdout).not.toContain('_TEMPLATE.md` is not linted');
  });

  it("picks a changed file in a hidden folder (a pull request template) only where a pattern names it, as a whole-repository run finds it", async () => {
    const files = { 'jobs/a.md': partial, '.github/pull_request_template.md': '## What changes?\n\n## Why?\n' };
    const pr = () => githubLike(changed('jobs/a.md', '.github/pull_request_template.md'));
    expect((await runAction(files, {}, pr())).stdout).toContain('linting 1 changed file of pull request #7 matching `**/*.md` or `**/*.markdown`');
    expect((await runAction(files, { files: 'jobs' }, pr())).stdout).toContain('linting 1 changed file of pull request #7 matching `jobs`');
    expect((await runAction(files, { files: '.github/*.md jobs' }, pr())).stdout).toContain('linting 2 changed files of pull request #7');
  });

  it('without `files` anywhere, lints every Markdown file, .markdown included', async () => {
    const result = await runAction({ 'a.md': three(), 'b.markdown': three(), 'c.txt': 'x' }, {}, githubLike([]), push);
    expect(result.stdout).toContain('linting 2 files matching `**/*.md` or `**/*.markdown`');
  });

  it('warns, on a push, of each `files` entry that names no document instead of passing in silence', async () => {
    const result = await runAction({ 'a.md': three(), 'notes/c.txt': 'x' }, { files: 'a.md jobs/*.md notes gone.md', 'fail-on': 'never' }, githubLike([]), push);
    expect(result.stdout).toContain('::warning::Input `files`: no such file or directory: gone.md');
    expect(result.stdout).toContain('::warning::Input `files`: `jobs/*.md` matches no file');
    expect(result.stdout).toContain('::warning::Input `files`: no Markdown file (*.md, *.markdown) in `notes`');
    expect(result.stdout).toContain('linting 1 file matching `a.md jobs/*.md notes gone.md`');
  });

  it('names files as GitHub does, however the input wrote them (./jobs, an absolute path), each once', async () => {
    const dir = workspace({ 'jobs/a.md': partial });
    const result = await runAction(dir, { files: `./jobs ${path.join(dir, 'jobs/a.md')} jobs/a.md` }, githubLike([]), push);
    expect(result.stdout).toContain('linting 1 file matching');
    expect(server!.requests[0]!.body.output.annotations.map((a: { path: string }) => a.path)).toEqual(['jobs/a.md', 'jobs/a.md']);
    expect(result.summary).toContain('https://github.com/o/r/blob/merge0000/jobs/a.md#L4');
  });

  it('warns when the configuration\'s `files` match nothing', async () => {
    const result = await runAction({ '.rolelintrc.json': config, 'docs/a.md': three() }, {}, githubLike([]), push);
    expect(result.stdout).toContain('::warning::`files` in .rolelintrc.json: `jobs/**/*.md` matches no file');
  });
});

describe('Action over HTTP: on a push', () => {
  it('lints every matching file and puts the check run on the pushed commit', async () => {
    const result = await runAction({ 'a.md': partial, 'b.md': three(), 'notes/c.txt': 'x' }, {}, githubLike([]), { ref: 'refs/heads/main', after: 'merge0000' });
    expect(server!.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/o/r/check-runs', 'PATCH /repos/o/r/check-runs/42']);
    expect(server!.requests[0]!.body.head_sha).toBe('merge0000');
    expect(result.stdout).toContain('linting 2 files matching `**/*.md` or `**/*.markdown`');
    expect(result.summary).toContain('https://github.com/o/r/blob/merge0000/a.md#L4');
    expect(result.failed).toBe(true);
  });
});

describe('Action over HTTP: pull requests past the 3,000 files the API lists', () => {
  // The API lists at most 3,000 files (here: images, so nothing from it would be linted).
  const capped = Array.from({ length: 3000 }, (_, i) => ({ filename: `assets/i${i}.png`, status: 'added' }));

  /** An origin with a base and a head commit, and a depth-1 clone of the head as actions/checkout makes. */
  function shallowCheckout() {
    const top = mkdtempSync(path.join(tmpdir(), 'rolelint-git-'));
    const origin = path.join(top, 'origin');
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();
    mkdirSync(path.join(origin, 'docs'), { recursive: true });
    git(origin, 'init', '-q');
    writeFileSync(path.join(origin, 'docs/old.md'), three());
    writeFileSync(path.join(origin, 'docs/same.md'), partial);
    git(origin, 'add', '.');
    git(origin, 'commit', '-qm', 'base');
    const base = git(origin, 'rev-parse', 'HEAD');
    writeFileSync(path.join(origin, 'docs/old.md'), partial);
    writeFileSync(path.join(origin, 'docs/new.md'), partial);
    git(origin, 'add', '.');
    git(origin, 'commit', '-qm', 'head');
    const head = git(origin, 'rev-parse', 'HEAD');
    git(top, 'clone', '-q', '--depth', '1', `file://${origin}`, 'work');
    const event = { pull_request: { number: 7, head: { sha: head }, base: { sha: base }, commits: 1 } };
    return { dir: path.join(top, 'work'), event, head };
  }

  it('takes the list from `git diff` (deepening the shallow checkout) and says so in the log', async () => {
    const checkout = shallowCheckout();
    const result = await runAction(checkout.dir, {}, githubLike(capped), checkout.event);
    expect(server!.requests.filter((r) => r.path.endsWith('/files')).length).toBe(30);
    expect(result.stdout).toContain('rolelint: the pull request changes 3000+ files, past the API\'s 3000-file list; taking the list from `git diff` instead');
    expect(result.stdout).toMatch(/the base commit [0-9a-f]{40} is not in the checkout; fetching 2 more commits/);
    expect(result.stdout).toContain('linting 2 changed files of pull request #7 matching `**/*.md` or `**/*.markdown`');
    const create = server!.requests.find((r) => r.method === 'POST')!;
    expect(create.body.head_sha).toBe(checkout.head);
    expect([...new Set(create.body.output.annotations.map((a: { path: string }) => a.path))]).toEqual(['docs/new.md', 'docs/old.md']);
  });

  it('without a git checkout: says which git call failed and what to do, and lints nothing rather than every file', async () => {
    const result = await runAction({ 'a.md': partial, 'b.md': three() }, {}, githubLike(capped));
    expect(result.stdout).toMatch(
      /::warning::rolelint cannot tell which files pull request #7 changes: `git fetch --no-tags --deepen=3 origin head1234` failed in .*: .*Check out the repository before rolelint \(actions\/checkout\), with `fetch-depth: 0` for very large pull requests\. So no file was linted: linting every file instead would pass or fail the pull request on files it did not touch\./,
    );
    expect(result.outputs).toMatch(/files<<.*\n0\n/);
    expect(result.summary).toContain('Linted no file: the changed files of pull request #7 could not be listed (see the warning in the log).');
    expect(result.failed).toBe(false);
  });
});

describe('Action over HTTP: when GitHub says no', () => {
  const forbidden: Handler = (r) => (r.method === 'POST' && r.path === '/repos/o/r/check-runs' ? { status: 403, body: { message: 'Resource not accessible by integration' } } : undefined);

  it('403 on the check run: workflow commands for changed lines first, a notice for the rest, every finding in the summary', async () => {
    const result = await runAction({ 'noisy.md': noisy }, {}, githubLike(changed('noisy.md'), forbidden));
    expect(result.stdout).toContain('::warning::POST /repos/o/r/check-runs (checks.create) failed (HTTP 403): Resource not accessible by integration. The token lacks a permission: add `permissions: checks: write`');
    const commands = result.stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l) || /^::(error|warning|notice) title=rolelint/.test(l));
    expect(commands.filter((c) => c.startsWith('::error')).length).toBe(2);
    const warnings = commands.filter((c) => c.startsWith('::warning'));
    expect(warnings.length).toBe(10);
    // Line 12 is the changed line (the patch adds it): its finding takes the first warning slot.
    expect(warnings[0]).toContain('file=noisy.md,line=12,');
    expect(warnings[1]).toContain('file=noisy.md,line=8,');
    expect(result.stdout).toContain('::notice title=rolelint more findings::rolelint: 108 more findings are not shown as annotations: GitHub shows 10 of each level per step (the token may not create check runs).');
    expect(result.summary.match(/\| warning \| \[`typo`\]\([^)]+\) \|/g)!.length).toBe(118);
    expect(result.summary).toContain('12 findings are annotated (GitHub shows 10 of each level per step; the token may not create check runs); all are listed below.');
    expect(result.failed).toBe(true);
  });

  it('500 then success: the request is retried', async () => {
    let failures = 1;
    const flaky: Handler = (r) => (r.method === 'POST' && r.path === '/repos/o/r/check-runs' && failures-- > 0 ? { status: 500, body: { message: 'Server Error' } } : undefined);
    const result = await runAction({ 'ok.md': `# Ok\n\n${sections}` }, {}, githubLike(changed('ok.md'), flaky));
    expect(server!.requests.filter((r) => r.method === 'POST').length).toBe(2);
    expect(result.stdout).toContain('check run 42 carries all 0 annotations');
    expect(result.failed).toBe(false);
  });

  it('secondary rate limit with retry-after: waits and retries', async () => {
    let limited = 1;
    const throttled: Handler = (r) =>
      r.method === 'POST' && limited-- > 0 ? { status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } } : undefined;
    const result = await runAction({ 'ok.md': `# Ok\n\n${sections}` }, {}, githubLike(changed('ok.md'), throttled));
    expect(server!.requests.filter((r) => r.method === 'POST').length).toBe(2);
    expect(result.stdout).toContain('::warning::GitHub secondary rate limit on POST /repos/{owner}/{repo}/check-runs; retrying in 1 s');
    expect(result.failed).toBe(false);
  });

  it('404 on the file list: says which call and what to do, takes the list from `git diff` (here none: no checkout)', async () => {
    const missing: Handler = (r) => (r.path.endsWith('/files') ? { status: 404, body: { message: 'Not Found' } } : undefined);
    const result = await runAction({ 'a.md': `# A\n\n${sections}`, 'b.md': partial }, {}, githubLike([], missing));
    expect(result.stdout).toContain(
      '::warning::GET /repos/o/r/pulls/7/files (pulls.listFiles) failed (HTTP 404): Not Found. GitHub cannot find it, or the token cannot see it: check the repository and `pull-requests: read`. Taking the changed files from `git diff` in the checkout instead, so the same files are linted.',
    );
    expect(result.outputs).toMatch(/files<<.*\n0\n/);
    expect(result.failed).toBe(false);
  });

  it('422 on the check run: the message names the call, commands carry the findings, the result stands', async () => {
    const rejected: Handler = (r) => (r.method === 'POST' && r.path.endsWith('/check-runs') ? { status: 422, body: { message: 'No more than 50 items are allowed; 51 were supplied.' } } : undefined);
    const result = await runAction({ 'b.md': partial }, { 'fail-on': 'never' }, githubLike(changed('b.md'), rejected));
    expect(result.stdout).toContain('::warning::POST /repos/o/r/check-runs (checks.create) failed (HTTP 422): No more than 50 items are allowed; 51 were supplied. GitHub rejected the request body');
    expect(result.stdout).toContain('::error title=rolelint required-sections,file=b.md,line=4,endLine=4,col=1,endColumn=4::Missing section `Responsibilities`');
    expect(result.failed).toBe(false);
  });

  it('a `files` entry written as an absolute path, or with ./, matches the changed files under it', async () => {
    const dir = workspace({ 'docs/a.md': partial, 'notes/b.md': partial, 'jobs/c.md': partial });
    const result = await runAction(dir, { files: `${path.join(dir, 'docs')} ./jobs` }, githubLike(changed('docs/a.md', 'notes/b.md', 'jobs/c.md')));
    expect(result.stdout).toContain('linting 2 changed files of pull request #7');
  });

  it('a `files` directory without a trailing slash matches the changed files under it', async () => {
    const result = await runAction({ 'docs/a.md': partial, 'notes/b.md': partial }, { files: 'docs' }, githubLike(changed('docs/a.md', 'notes/b.md')));
    expect(result.stdout).toContain('linting 1 changed file of pull request #7 matching `docs`');
    expect(server!.requests[1]!.body.output.annotations.map((a: { path: string; start_line: number }) => `${a.path}:${a.start_line}`)).toEqual(['docs/a.md:4', 'docs/a.md:4']);
  });

  it('a bad config input fails the step naming the input, before linting', async () => {
    const result = await runAction({ 'a.md': three() }, { rules: 'typpo: off' }, githubLike([]));
    expect(result.stdout).toContain('::error::rolelint: the configuration is not valid:%0Ainput `rules`: `rules.typpo`: unknown rule `typpo`; did you mean `typo`?');
    expect(server!.requests).toEqual([]);
    expect(result.failed).toBe(true);
  });
});

describe('Action over HTTP: suggested changes (`suggestions: true`)', () => {
  const post = [
    '# Analyst',
    '',
    '## Responsibilities',
    '',
    '- Work publically, commited to it',
    '- Own a carrer path',
    '',
    '## Requirements',
    '',
    '- Experiance with SQL',
    '',
    '## Leadership',
    '',
    '- Mentor.',
    '',
  ].join('\n');
  // The pull request adds lines 5 and 6; line 10's typo was there before.
  const files = [{ filename: 'jobs/a.md', status: 'modified', patch: '@@ -4,0 +5,2 @@\n+- Work publically, commited to it\n+- Own a carrer path' }];
  const review = (r: { method: string; path: string }) => r.method === 'POST' && r.path === '/repos/o/r/pulls/7/reviews';
  const withComments = (bodies: string[], reviewReply: { status: number; body: object } = { status: 200, body: { id: 1 } }): Handler => (r) => {
    if (r.method === 'GET' && r.path === '/repos/o/r/pulls/7/comments') return { status: 200, body: bodies.map((body, id) => ({ id, body })) };
    return review(r) ? reviewReply : undefined;
  };

  it('posts one review: a comment a changed line, with every fix on it as a suggestion, and counts the fixes off the diff', async () => {
    const result = await runAction({ 'jobs/a.md': post }, { suggestions: 'true' }, githubLike(files, withComments([])));
    const posted = server!.requests.filter(review);
    expect(posted).toHaveLength(1);
    const body = posted[0]!.body;
    expect([body.commit_id, body.event]).toEqual(['head1234', 'COMMENT']);
    expect(body.body).toBe(
      'rolelint suggests 1 change: commit them from the comments below, or run `npx rolelint --fix`. 1 more fixable finding is on lines the pull request does not change: `npx rolelint --fix` corrects them.',
    );
    expect(body.comments).toHaveLength(1);
    expect(body.comments[0]).toMatchObject({ path: 'jobs/a.md', line: 5, side: 'RIGHT' });
    expect(body.comments[0].body).toMatch(
      /^`publically` is misspelt; did you mean `publicly`\? \(rolelint `typo`\)\n`commited` is misspelt; did you mean `committed`\? \(rolelint `typo`\)\n\n```suggestion\n- Work publicly, committed to it\n```\n<!-- rolelint-suggestion [0-9a-f]{16} -->$/,
    );
    expect(result.summary).toContain('Posted 1 suggested change in a review.');
    expect(result.failed).toBe(false);
  });

  it('does not post again what an earlier run posted', async () => {
    await runAction({ 'jobs/a.md': post }, { suggestions: 'true' }, githubLike(files, withComments([])));
    const earlier = server!.requests.find(review)!.body.comments[0].body as string;
    await server!.close();
    const result = await runAction({ 'jobs/a.md': post }, { suggestions: 'true' }, githubLike(files, withComments(['a reviewer wrote this', earlier])));
    expect(server!.requests.filter(review)).toEqual([]);
    expect(result.stdout).toContain('rolelint: All 1 suggested changes are on the pull request already.');
  });

  it('without pull-requests: write, says so in a warning, and the result is the same', async () => {
    const result = await runAction({ 'jobs/a.md': post }, { suggestions: 'true' }, githubLike(files, withComments([], { status: 403, body: { message: 'Resource not accessible by integration' } })));
    expect(result.stdout).toContain('::warning::rolelint could not post its suggested changes (HTTP 403): they need `permissions: pull-requests: write`');
    expect(result.failed).toBe(false);
    expect(server!.requests.filter((r) => r.path.endsWith('/check-runs'))).toHaveLength(1);
  });

  it('posts nothing unless asked, and a bad value is an input error', async () => {
    await runAction({ 'jobs/a.md': post }, {}, githubLike(files, withComments([])));
    expect(server!.requests.filter((r) => r.path.startsWith('/repos/o/r/pulls/7/comments') || review(r))).toEqual([]);
    await server!.close();
    const result = await runAction({ 'jobs/a.md': post }, { suggestions: 'yes' }, githubLike(files));
    expect(result.stdout).toContain('::error::Input `suggestions` is `yes`: expected true or false');
  });
});

function three(): string {
  return `# A\n\n${sections}`;
}
