/**
 * The baseline over the fixtures folder, through the CLI in process: written once, it holds back
 * every finding of the day; one new typo is then the only finding, with the count held back; a
 * fixed finding shows as gone; `--write-baseline` again drops what is gone and adds nothing.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, nextBaseline } from '../src/core/baseline.js';
import { runCli, workspace } from './helpers/cli.js';
import { root } from './helpers/paths.js';

/** A copy of the fixture documents (their sidecar configurations left out), in a new folder. */
function fixtureFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rolelint-baseline-'));
  for (const name of readdirSync(path.join(root, 'fixtures')).filter((n) => n.endsWith('.md'))) cpSync(path.join(root, 'fixtures', name), path.join(dir, 'docs', name));
  return dir;
}

const baselineOf = (dir: string, name = '.rolelint-baseline.json') => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { version: number; findings: { file: string; rule: string; message: string; fingerprint: string }[] };

describe('baseline over the fixtures folder', () => {
  it('holds back every recorded finding: one new typo, above the others so every line moves, is the only finding', async () => {
    const dir = fixtureFolder();
    const before = await runCli(['--workers', '1', 'docs'], dir);
    const total = Number(/✖ (\d+) problems/.exec(before.stdout)![1]);
    expect(total).toBeGreaterThan(20);

    const written = await runCli(['--workers', '1', '--write-baseline', 'docs'], dir);
    expect(written.stderr).toContain(`rolelint: wrote ${total} findings to the baseline \`.rolelint-baseline.json\``);
    expect(written.code).toBe(0);
    const recorded = baselineOf(dir);
    expect(recorded.findings).toHaveLength(total);
    expect(recorded.findings).toContainEqual({ file: 'docs/typo-planted.md', rule: 'typo', message: '`recieve` is misspelt; did you mean `receive`?', fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) });

    const file = path.join(dir, 'docs/typo-planted.md');
    const text = readFileSync(file, 'utf8');
    // A new paragraph under the title, with a typo: every later finding moves two lines down.
    writeFileSync(file, text.replace('# Principal Data Engineer\n', '# Principal Data Engineer\n\nOur teams acheive a lot.\n'));
    const after = await runCli(['--workers', '1', 'docs'], dir);
    expect(after.stdout.split('\n').filter((l) => /^\S+:\d+:\d+ /.test(l))).toEqual(['docs/typo-planted.md:9:11  warning  `acheive` is misspelt; did you mean `achieve`?  typo']);
    expect(after.stdout).toContain(`  ${total} findings held back by the baseline .rolelint-baseline.json; none of it gone\n`);
    expect(after.code).toBe(0);
  });

  it('says a fixed finding is gone, and --write-baseline drops it, adds no new one and says so', async () => {
    const dir = fixtureFolder();
    await runCli(['--workers', '1', '--write-baseline', 'docs'], dir);
    const total = baselineOf(dir).findings.length;
    const file = path.join(dir, 'docs/typo-planted.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('recieve', 'receive').replace('Review designs', 'Review desings'));

    const after = await runCli(['--workers', '1', 'docs'], dir);
    expect(after.stdout).toContain('docs/typo-planted.md:15:10  warning  `desings` is misspelt; did you mean `designs`?  typo');
    expect(after.stdout).toContain(`  ${total - 1} findings held back by the baseline .rolelint-baseline.json; 1 finding of it gone (run \`--write-baseline\` to drop them)\n`);

    const rewritten = await runCli(['--workers', '1', '--write-baseline', 'docs'], dir);
    expect(rewritten.stderr).toContain(`rolelint: updated the baseline \`.rolelint-baseline.json\`: 1 finding gone and dropped, ${total - 1} kept`);
    expect(rewritten.stderr).toContain('rolelint: 1 finding not in the baseline was not added and is reported: --write-baseline only drops findings, never adds.');
    expect(rewritten.stdout).toContain('`desings` is misspelt');
    const findings = baselineOf(dir).findings;
    expect(findings).toHaveLength(total - 1);
    expect(findings.some((f) => f.message.includes('recieve') || f.message.includes('desings'))).toBe(false);
  });

  it('reads a named baseline (--write-baseline file.json, then --baseline), and keeps entries of files not linted this run', async () => {
    const dir = workspace({ 'a.md': '# A\n\nWe recieve.\n', 'b.md': '# B\n\nWe acheive.\n' });
    const written = await runCli(['--write-baseline', 'base.json', 'a.md', 'b.md'], dir);
    expect(written.stderr).toContain('wrote 2 findings to the baseline `base.json`');
    const onlyA = await runCli(['--baseline', 'base.json', '--write-baseline', 'a.md'], dir);
    expect(onlyA.stderr).toContain('updated the baseline `base.json`: 0 findings gone and dropped, 2 kept');
    expect(baselineOf(dir, 'base.json').findings.map((f) => f.file)).toEqual(['a.md', 'b.md']);
    // The default file is not there: everything is reported.
    const plain = await runCli(['a.md'], dir);
    expect(plain.stdout).toContain('`recieve` is misspelt');
  });

  it('finds the baseline in a folder above the working directory, up to the repository root, and names it as found', async () => {
    const dir = workspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'docs/jobs/a.md': '# A\n\nWe recieve.\n' });
    await runCli(['--write-baseline', 'docs'], dir);
    const below = await runCli(['a.md'], path.join(dir, 'docs/jobs'));
    expect(below.stdout).toContain('  1 finding held back by the baseline ../../.rolelint-baseline.json; none of it gone');
  });

  it('reports everything, saying why, when the baseline is broken or missing', async () => {
    const dir = workspace({ 'a.md': '# A\n\nWe recieve.\n', '.rolelint-baseline.json': '{"version": 1, "findings": {}}' });
    const broken = await runCli(['a.md'], dir);
    expect(broken.stderr).toContain('rolelint: cannot use the baseline `.rolelint-baseline.json`: `findings` is not a list; every finding is reported');
    expect(broken.stdout).toContain('`recieve` is misspelt');
    const rewrite = await runCli(['--write-baseline', 'a.md'], dir);
    expect(rewrite.stderr).toContain('rolelint: the baseline `.rolelint-baseline.json` was not rewritten: fix or delete it, then run --write-baseline again');
    expect(readFileSync(path.join(dir, '.rolelint-baseline.json'), 'utf8')).toBe('{"version": 1, "findings": {}}');
    const missing = await runCli(['--baseline', 'none.json', 'a.md'], dir);
    expect(missing.stderr).toContain('rolelint: the baseline `none.json` does not exist (write it with --write-baseline); every finding is reported');
    const both = await runCli(['--write-baseline=x.json', '--baseline', 'y.json', 'a.md'], dir);
    expect(both.code).toBe(2);
  });

  it('matches findings alike in one file as many times as recorded (pure)', () => {
    const finding = (line: number) => ({ ruleId: 'typo', severity: 'warning' as const, line, column: 1, message: '`teh` is misspelt' });
    const scope = { key: (p: string) => p, deleted: () => false };
    const first = applyBaseline([{ path: 'a.md', messages: [finding(1), finding(5)] }], { version: 1, findings: [] }, scope);
    const baseline = nextBaseline(first, undefined).baseline;
    const third = applyBaseline([{ path: 'a.md', messages: [finding(2), finding(6), finding(9)] }], baseline, scope);
    expect(third.heldBack).toBe(2);
    expect(third.results[0]!.messages.map((m) => m.line)).toEqual([9]);
    const fewer = applyBaseline([{ path: 'a.md', messages: [finding(3)] }], baseline, scope);
    expect([fewer.heldBack, fewer.gone.length]).toEqual([1, 1]);
  });
});
