/**
 * `rolelint --stdin`: the document on standard input, as an editor sends an unsaved buffer,
 * linted under the path it stands for.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from './helpers/cli.js';
import { root } from './helpers/paths.js';

const post = '# Data Analyst\n\n## Responsibilities\n\n- Build dashboards\n\n## Requirements\n\n- Experiance with SQL\n';

describe('CLI --stdin', () => {
  const dir = workspace({ '.rolelintrc.json': JSON.stringify({ ignore: ['drafts/**'], overrides: [{ files: ['ladders/**'], requiredSections: [{ name: 'Compensation' }] }] }) });

  it('lints standard input under the name --stdin-filename gives it: its folder picks its kind, and overrides apply', async () => {
    // In jobs/ it is a job post, whose sections are all there; its typo is reported at its place.
    const job = await runCli(['--stdin', '--stdin-filename', 'jobs/analyst.md'], dir, post);
    expect(job.stdout).toBe('jobs/analyst.md:9:3  warning  `Experiance` is misspelt; did you mean `Experience`?  typo\n✖ 1 problem (0 errors, 1 warning) in 1 of 1 file\n  1 of them can be fixed with `--fix`\n');
    expect(job.code).toBe(0);
    // Under ladders/ the configuration's override asks for a Compensation section.
    const ladder = await runCli(['--stdin', '--stdin-filename', 'ladders/analyst.md', '-f', 'json'], dir, post);
    expect(JSON.parse(ladder.stdout)[0].messages.map((m: { ruleId: string; expected?: string[] }) => [m.ruleId, m.expected?.[0]])).toEqual([
      ['required-sections', 'Compensation'],
      ['typo', 'Experience'],
    ]);
    expect(ladder.code).toBe(1);
  });

  it('is `<stdin>` without a name, and gets the checks of any file: bytes that are not text are a finding', async () => {
    const run = await runCli(['--stdin', '-f', 'json'], dir, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]));
    expect(JSON.parse(run.stdout)).toMatchObject([{ path: '<stdin>', messages: [{ ruleId: 'file-binary' }] }]);
  });

  it('does not lint a name the configuration ignores, and says so', async () => {
    const run = await runCli(['--stdin', '--stdin-filename', 'drafts/x.md'], dir, post);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '✔ 0 files linted, no problems\n', "rolelint: `drafts/x.md` is not linted: the configuration's `ignore` matches it\n"]);
  });

  it.each([
    [['--stdin', 'a.md'], '--stdin lints standard input: give no paths with it (name the document with --stdin-filename)'],
    [['--stdin', '--fix'], '--fix writes fixes into files, and standard input is none: lint the file itself to fix it'],
    [['--stdin-filename', 'a.md'], '--stdin-filename names the document read with --stdin; add --stdin'],
  ])('%j is a usage error', async (argv, message) => {
    const run = await runCli(argv, dir, post);
    expect([run.code, run.stderr]).toEqual([2, `rolelint: ${message}\nRun \`rolelint --help\` for usage.\n`]);
  });

  it('reads the process\'s standard input in the bundled CLI', () => {
    const out = execFileSync(process.execPath, [path.join(root, 'dist/cli/index.js'), '--stdin', '--stdin-filename', 'jobs/a.md', '--fail-on', 'never'], { cwd: dir, input: post, encoding: 'utf8' });
    expect(out.split('\n')[0]).toBe('jobs/a.md:9:3  warning  `Experiance` is misspelt; did you mean `Experience`?  typo');
  });
});
