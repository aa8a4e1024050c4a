/**
 * Runs the committed Action bundle the way the runner does: `node dist/index.js` with INPUT_*
 * variables, a pull_request event file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the
 * loopback GitHub for the API. A bundle that builds can still fail to load at run time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { githubLike, startGitHub, type LoopbackGitHub } from './helpers/github-server.js';
import { root } from './helpers/paths.js';

let server: LoopbackGitHub | undefined;
afterEach(async () => {
  expect(server?.invalid ?? []).toEqual([]);
  await server?.close();
  server = undefined;
});

async function runBundle(inputs: Record<string, string>, files: string[]) {
  server = await startGitHub(githubLike(files.map((filename) => ({ filename, status: 'modified' }))));
  const dir = mkdtempSync(path.join(tmpdir(), 'rolelint-runner-'));
  const paths = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md') };
  writeFileSync(paths.event, JSON.stringify({ pull_request: { number: 7, head: { sha: 'head1234' }, base: { sha: 'base5678' } } }));
  writeFileSync(paths.output, '');
  writeFileSync(paths.summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: root,
    GITHUB_OUTPUT: paths.output,
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: 'merge0000',
    GITHUB_API_URL: server.url,
    'INPUT_GITHUB-TOKEN': 'token',
    INPUT_ANNOTATIONS: 'auto',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [path.join(root, 'dist/index.js')], { cwd: root, env });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, outputs: readFileSync(paths.output, 'utf8'), summary: readFileSync(paths.summary, 'utf8') };
}

describe('Action bundle (dist/index.js) as the runner runs it', () => {
  it('lints the changed files, creates the check run on the head SHA, writes outputs and summary, fails on errors', async () => {
    // The kind the workflow states makes a missing section an error (inferred, it is a warning).
    const run = await runBundle({ files: 'fixtures/**/*.md', 'fail-on': 'error', kind: 'job-post' }, ['fixtures/missing-leadership.md', 'fixtures/complete-job-post.md', 'src/index.ts']);
    expect(server!.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/o/r/pulls/7/files', 'POST /repos/o/r/check-runs', 'PATCH /repos/o/r/check-runs/42']);
    const create = server!.requests[1]!.body;
    expect(create.head_sha).toBe('head1234');
    expect(create.output.annotations).toEqual([
      expect.objectContaining({ path: 'fixtures/missing-leadership.md', start_line: 2, end_line: 2, annotation_level: 'warning', title: 'rolelint pay-transparency' }),
      expect.objectContaining({ path: 'fixtures/missing-leadership.md', start_line: 2, end_line: 2, annotation_level: 'failure', title: 'rolelint required-sections' }),
    ]);
    expect(server!.requests[2]!.body.conclusion).toBe('failure');
    expect(run.outputs).toMatch(/errors<<.*\n1\n/);
    expect(run.outputs).toMatch(/files<<.*\n2\n/);
    expect(run.summary).toContain('2 findings in 1 of 2 files.');
    // What each job post promises, read by the bundle as by the source.
    expect(run.summary).toContain('| 70,000–85,000 EUR a year | described |');
    expect(run.summary).toMatch(/#### `fixtures\/missing-leadership\.md`: Head of Data\n\n\| pay \| benefits \| location \| applications close \|\n\| --- \| --- \| --- \| --- \|\n\| none \|/);
    expect(run.summary).toContain('[2](https://github.com/o/r/blob/head1234/fixtures/missing-leadership.md#L2)');
    expect(run.stdout).toContain('::error::rolelint: 1 finding at or above `fail-on: error`');
    expect(run.status).toBe(1);
  });

  it('passes with fail-on: never, and rejects an unknown fail-on naming the input', async () => {
    expect((await runBundle({ files: 'fixtures/missing-leadership.md', 'fail-on': 'never' }, ['fixtures/missing-leadership.md'])).status).toBe(0);
    const bad = await runBundle({ files: 'fixtures', 'fail-on': 'sometimes' }, []);
    expect(bad.stdout).toContain('::error::Input `fail-on` is `sometimes`: expected one of error, warning, info, never');
    expect(bad.status).toBe(1);
  });

  it('is one file a bundle, with every bundled package in its licence notice', () => {
    // ncc writes licenses.txt once per chunk, each over the last: a split bundle would ship the
    // notices of one chunk only. The spelling libraries are imported lazily but stay in the file.
    for (const dir of ['dist', 'dist/cli']) {
      expect(readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.js')).sort()).toEqual(dir === 'dist' ? ['action.js', 'index.js', 'lint-worker.js'] : ['index.js', 'lint-worker.js', 'rolelint.js']);
      const notices = readFileSync(path.join(root, dir, 'licenses.txt'), 'utf8');
      for (const pkg of ['cspell-trie-lib', 'cspell-dictionary', 'micromark', 'yaml']) expect(notices).toMatch(new RegExp(`^${pkg}\n`, 'm'));
    }
  });

  it("writes Node's compile cache for later runs, except on a GitHub-hosted runner (a fresh machine every job)", () => {
    for (const [runner, written] of [['self-hosted', true], ['github-hosted', false]] as const) {
      for (const entry of ['dist/index.js', 'dist/cli/index.js']) {
        // The default cache folder is under os.tmpdir(); NODE_COMPILE_CACHE would turn the cache on by itself.
        const tmp = mkdtempSync(path.join(tmpdir(), 'rolelint-tmp-'));
        const env = { PATH: process.env.PATH ?? '', TMPDIR: tmp, RUNNER_ENVIRONMENT: runner, GITHUB_WORKSPACE: root, INPUT_FILES: 'no-such-folder/*.md' };
        const run = spawnSync(process.execPath, [path.join(root, entry), ...(entry.includes('cli') ? ['--version'] : [])], { cwd: root, env, encoding: 'utf8' });
        expect(run.status).toBe(0);
        expect(`${runner} ${entry}: ${existsSync(path.join(tmp, 'node-compile-cache'))}`).toBe(`${runner} ${entry}: ${written}`);
      }
    }
  });
});
