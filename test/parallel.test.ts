/**
 * The worker pool, as users run it: the bundled CLI on many files lints them in worker threads
 * (the workers load their dictionaries from dist/dicts/) and reports exactly what one thread does,
 * in the same order; one file stays in this thread.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { runCli, workspace, type CliRun } from './helpers/cli.js';
import { root } from './helpers/paths.js';

const run = promisify(execFile);
/**
 * The bundled CLI run in a worker thread whose heap is capped, as a process with a small memory
 * limit: the pool's own workers then get half of it. (Node's --max-old-space-size would not do: as
 * a V8 flag it overrides every thread's limit alike.)
 */
function cliInCappedThread(args: string[], heapMb: number): Promise<CliRun> {
  const worker = new Worker(path.join(root, 'dist/cli/index.js'), { argv: ['--format', 'json', '--fail-on', 'never', ...args], resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 }, stdout: true, stderr: true });
  let stdout = '';
  let stderr = '';
  worker.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  worker.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    worker.on('error', reject);
    worker.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const cli = (args: string[], cwd: string) => run(process.execPath, [path.join(root, 'dist/cli/index.js'), '--format', 'json', '--fail-on', 'never', '--verbose', ...args], { cwd, maxBuffer: 1 << 26 });

describe('linting many files in worker threads', () => {
  // 80 documents cycled from the fixtures, plus one binary file the engine must still report.
  const fixtures = readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.md'));
  const documents = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`roles/r${String(i).padStart(2, '0')}.md`, readFileSync(path.join(root, 'fixtures', fixtures[i % fixtures.length]!), 'utf8')]));
  const dir = workspace(documents);
  writeFileSync(path.join(dir, 'roles/zz-binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));

  it('two workers report exactly what one thread reports, in the same order', async () => {
    const [pooled, single] = await Promise.all([cli(['--workers', '2', 'roles'], dir), cli(['--workers', '1', 'roles'], dir)]);
    expect(pooled.stderr).toMatch(/^rolelint: 81 files linted in 2 worker threads in [\d.]+ s\n$/);
    expect(single.stderr).toMatch(/^rolelint: 81 files linted in this thread in [\d.]+ s\n$/);
    const report = JSON.parse(pooled.stdout) as { path: string; messages: { ruleId: string; actual?: string; expected?: string[] }[] }[];
    expect(report.map((r) => r.path)).toEqual([...Array.from({ length: 80 }, (_, i) => `roles/r${String(i).padStart(2, '0')}.md`), 'roles/zz-binary.md']);
    expect(report.at(-1)!.messages.map((m) => m.ruleId)).toEqual(['file-binary']);
    // The workers' spelling data is real: a planted typo gets its correction.
    expect(report.flatMap((r) => r.messages).some((m) => m.ruleId === 'typo' && m.expected?.[0] !== undefined)).toBe(true);
    expect(pooled.stdout).toBe(single.stdout);
  }, 120_000);

  it('a file that runs a worker out of memory is linted again in the main thread, and the run goes on', async () => {
    // 40,000 one-word bullets (500 KB) take 420-500 MB of heap to lint (measured in a worker:
    // 35,000 need 380-420 MB, 45,000 500-600 MB): past a pool worker's ~360 MB here, within the
    // 700 MB of the thread running the CLI.
    const bullets = `---\nkind: job-post\n---\n\n# Role\n\n## Responsibilities\n\n${Array.from({ length: 40_000 }, (_, i) => `- item ${i}\n`).join('')}`;
    // Past the complexity guard's default budget (1 MiB of text): raised as a user would raise it;
    // and the time budget, which a busy machine passes on this file (it has tests of its own).
    const limits = { 'file-too-large': ['warning', { maxBytes: 4 * 2 ** 20 }], 'file-too-complex': ['warning', { maxSeconds: 120 }] };
    const big = workspace({ ...documents, 'roles/zz-bullets.md': bullets, 'roles.json': JSON.stringify({ rules: limits }) });
    const target = path.join(big, 'roles');
    const config = ['--config', path.join(big, 'roles.json')];
    const pooled = await cliInCappedThread(['--workers', '2', ...config, target], 700);
    expect(pooled.stderr).toMatch(/^rolelint: a worker thread ran out of memory \(its limit: \d+ MB\) on (one of .*)?`[^`]*roles\/zz-bullets\.md`.*; linted (it|them) again in the main thread\n$/);
    expect(pooled.code).toBe(0);
    const single = await cliInCappedThread(['--workers', '1', ...config, target], 700);
    expect(single.stderr).toBe('');
    const report = JSON.parse(pooled.stdout) as { path: string; messages: { ruleId: string }[] }[];
    expect(report).toHaveLength(81);
    expect(report.at(-1)!.path).toMatch(/roles\/zz-bullets\.md$/);
    // A job post with no Requirements and no pay: its findings show it was linted whole.
    expect(report.at(-1)!.messages.map((m) => m.ruleId)).toEqual(['pay-transparency', 'required-sections']);
    expect(pooled.stdout).toBe(single.stdout);
  }, 180_000);

  it("the workers judge words by the project's vocabulary, read while they start", async () => {
    // A made-up word written in three documents, in different sentences, is a term of the project;
    // in two, it is a typo. 70 documents: two workers.
    const plain = Object.fromEntries(Array.from({ length: 67 }, (_, i) => [`p/r${String(i).padStart(2, '0')}.md`, `# Role ${i}\n\nThe team plans the work for week ${i}.\n`]));
    const uses = ['We ship the frobnicator weekly.', 'Every frobnicator needs an owner.', 'Ask before you change the frobnicator.'];
    const flagged = async (count: number) => {
      const docs = workspace({ ...plain, ...Object.fromEntries(uses.slice(0, count).map((text, i) => [`p/use${i}.md`, `# Use ${i}\n\n${text}\n`])) });
      const pooled = await cli(['--workers', '2', 'p'], docs);
      expect(pooled.stderr).toMatch(/in 2 worker threads/);
      const report = JSON.parse(pooled.stdout) as { messages: { ruleId: string; actual?: string }[] }[];
      return report.flatMap((r) => r.messages).filter((m) => m.ruleId === 'typo' && m.actual === 'frobnicator').length;
    };
    expect(await flagged(3)).toBe(0);
    expect(await flagged(2)).toBe(2);
  }, 120_000);

  it('one file does not start workers', async () => {
    const one = await cli(['roles/r00.md'], dir);
    expect(one.stderr).toMatch(/^rolelint: 1 file linted in this thread/);
  }, 60_000);

  it('rejects a --workers value that is not a whole number', async () => {
    const bad = await runCli(['--workers', '0', 'roles/r00.md'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid value `0` for --workers: expected `auto` or a whole number of at least 1');
  });
});
