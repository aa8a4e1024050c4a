import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flags, helpText } from '../src/cli/flags.js';
import { version } from '../src/core/version.js';
import { runCli, workspace } from './helpers/cli.js';
import { root } from './helpers/paths.js';

/** A job post (by its frontmatter) for a role that leads people, with every section it needs. */
const ok = '---\nkind: job-post\n---\n# Head of Data\n\n## Responsibilities\n\n- a\n\n## Requirements\n\n- b\n\n## Leadership\n\n- c\n\nPay: $100,000–$120,000 a year.\n';
/** The same without Leadership: one error on its title (line 4). */
const noLeadership = '---\nkind: job-post\n---\n# Head of Data\n\n## Responsibilities\n\n- a\n\n## Requirements\n\n- b\n\nPay: $100,000–$120,000 a year.\n';
/** A post whose kind its `jobs/` folder settles (a job title and its qualifications alone leave it unsure). */
const qualifications = '# Data Engineer\n\n## Qualifications\n\n- 5+ years of experience with SQL and Python.\n- Knowledge of data warehouses and the tools that feed them.\n- Strong written English.\n';
const byJobsFolder = /^Missing section `Responsibilities` \(required of a job post: inferred \(\d+% sure\): its path names job posts \(`jobs`\)/;
/** A job post that states no pay (pay-transparency's default warning, at its title). */
const noPay = /^This job post states no pay: /;

describe('CLI: files', () => {
  const dir = workspace({
    'jobs/a.md': noLeadership,
    'jobs/b.markdown': ok,
    'jobs/notes.txt': 'not a role document',
    'jobs/node_modules/dep/readme.md': noLeadership,
    'ladders/l1.md': ok,
  });

  it('--timing prints on stderr where linting spent its time, step by step, and leaves the report as it is', async () => {
    const plain = await runCli(['--format', 'json', 'jobs', 'ladders/'], dir);
    const timed = await runCli(['--format', 'json', '--timing', 'jobs', 'ladders/'], dir);
    expect(timed.stdout).toBe(plain.stdout);
    expect(timed.code).toBe(plain.code);
    const lines = timed.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'rolelint: where linting 3 files spent its time (a reading several rules share, such as the outline or the language, is a step of its own):',
      expect.stringMatching(/^Step +\| Time \(ms\) \| Relative$/),
      expect.stringMatching(/^:-+ \| --------: \| -------:$/),
    ]);
    const rows = lines.slice(3).map((line) => line.split('|').map((cell) => cell.trim()));
    // The parse, the kind decision, every rule on by default (the ladder rule runs on the documents
    // together), the readings rules share, then the total.
    expect(rows.map(([step]) => step).sort()).toEqual(['broken-markdown', 'confusable-word', 'duplicate-bullet', 'duplicate-heading', 'empty-section', 'fair-wording', 'frontmatter', 'invisible-character', 'job facts', 'kind', 'ladder-consistency', 'language', 'model', 'outline', 'parse', 'pay-transparency', 'prose runs', 'repeated-word', 'required-sections', 'total', 'tree index', 'typo']);
    const times = rows.slice(0, -1).map(([, ms]) => Number(ms));
    expect(times.every((ms) => ms >= 0)).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(rows.at(-1)).toEqual(['total', expect.stringMatching(/^\d+\.\d$/), '100.0%']);
    expect(Number(rows.at(-1)![1])).toBeCloseTo(times.reduce((a, b) => a + b, 0), 0);
    // Nothing linted, nothing timed.
    expect(await runCli(['--timing', 'nothing/**/*.md'], dir)).toEqual({ code: 0, stdout: '✔ 0 files linted, no problems\n', stderr: 'rolelint: no files match `nothing/**/*.md`\n' });
  });

  it('searches directories for *.md and *.markdown, skipping node_modules, and reports paths as given', async () => {
    const run = await runCli(['--format', 'json', 'jobs', 'ladders/'], dir);
    expect(JSON.parse(run.stdout).map((r: { path: string }) => r.path)).toEqual(['jobs/a.md', 'jobs/b.markdown', 'ladders/l1.md']);
  });

  it('expands globs and lints each file once', async () => {
    const run = await runCli(['--format', 'json', 'jobs/*.md', 'jobs/a.md'], dir);
    expect(JSON.parse(run.stdout).map((r: { path: string }) => r.path)).toEqual(['jobs/a.md']);
  });

  it('lints the current directory when given no path', async () => {
    const run = await runCli(['--format', 'json'], dir);
    expect(JSON.parse(run.stdout).map((r: { path: string }) => r.path)).toEqual(['jobs/a.md', 'jobs/b.markdown', 'ladders/l1.md']);
  });

  it('says so on stderr when a glob matches nothing, and exits 0', async () => {
    const run = await runCli(['nothing/**/*.md'], dir);
    expect(run).toEqual({ code: 0, stdout: '✔ 0 files linted, no problems\n', stderr: 'rolelint: no files match `nothing/**/*.md`\n' });
  });

  it('gives the same findings from inside a folder as from above it (a `jobs/` folder makes a job post)', async () => {
    const jobs = workspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'jobs/a.md': qualifications });
    const above = await runCli(['--format', 'json', 'jobs/a.md'], jobs);
    const inside = await runCli(['--format', 'json', 'a.md'], path.join(jobs, 'jobs'));
    const messages = (run: { stdout: string }) => JSON.parse(run.stdout)[0].messages.map((m: { message: string }) => m.message);
    expect(messages(above)).toEqual([expect.stringMatching(noPay), expect.stringMatching(byJobsFolder)]);
    expect(messages(inside)).toEqual(messages(above));
  });

  it('a checkout whose own folder is named `jobs` does not make its README a job post', async () => {
    const checkout = path.join(workspace({}), 'jobs');
    mkdirSync(path.join(checkout, '.git'), { recursive: true });
    writeFileSync(path.join(checkout, 'README.md'), '# Hiring\n\nHow we write job posts.\n');
    writeFileSync(path.join(checkout, 'eng.md'), qualifications);
    const run = await runCli(['--format', 'json', '.'], checkout);
    const findings = JSON.parse(run.stdout).flatMap((r: { path: string; messages: { line: number; column: number; severity: string; message: string }[] }) =>
      r.messages.map((m) => `${r.path} ${m.line}:${m.column} ${m.severity} ${m.message}`),
    );
    // Without the folder the post's kind is not settled: one info, and no word of its path.
    expect(findings).toEqual([expect.stringMatching(/^eng\.md 1:1 info rolelint cannot tell what kind of document this is \(not settled: it looks most like a job post \(\d+% sure: /)]);
    expect(findings[0]).not.toContain('its path names');
    // Beside a .git, one folder down, the folder names the kind again.
    mkdirSync(path.join(checkout, 'jobs'));
    writeFileSync(path.join(checkout, 'jobs/eng.md'), qualifications);
    const below = await runCli(['--format', 'json', 'jobs/eng.md'], checkout);
    expect(JSON.parse(below.stdout)[0].messages.map((m: { message: string }) => m.message)).toEqual([expect.stringMatching(noPay), expect.stringMatching(byJobsFolder)]);
  });

  it('says so on stderr when a directory holds no Markdown file, and exits 0', async () => {
    const texts = workspace({ 'seeds/a.txt': 'Responsibilities\n' });
    const run = await runCli(['seeds'], texts);
    expect(run).toEqual({ code: 0, stdout: '✔ 0 files linted, no problems\n', stderr: 'rolelint: no Markdown files (*.md, *.markdown) in `seeds`\n' });
  });
});

describe('CLI: reports and exit codes', () => {
  const dir = workspace({ 'a.md': noLeadership, 'b.md': ok });

  it('prints path:line:column  severity  message  rule, then a summary; exit 1 on an error', async () => {
    const run = await runCli(['a.md', 'b.md'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'a.md:4:1  error  Missing section `Leadership` (required of a job post, for a role that leads people (`Head of Data`): frontmatter `kind: job-post`): no title names it (such as `Leadership`, `Leadership skills`, `Leadership responsibilities`, as a heading, a bold line or a line ending in a colon) and no list about leading people (`Build and lead a team`, `Mentor engineers`) shows it; titles found: `Head of Data`, `Responsibilities`, `Requirements`  required-sections\n' +
        '✖ 1 problem (1 error, 0 warnings) in 1 of 2 files\n',
    );
  });

  it('prints the JSON contract: one object per file, clean files included', async () => {
    const run = await runCli(['--format', 'json', 'a.md', 'b.md'], dir);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        path: 'a.md',
        messages: [
          {
            ruleId: 'required-sections',
            severity: 'error',
            line: 4,
            column: 1,
            endLine: 4,
            endColumn: 15,
            message:
              'Missing section `Leadership` (required of a job post, for a role that leads people (`Head of Data`): frontmatter `kind: job-post`): no title names it (such as `Leadership`, `Leadership skills`, `Leadership responsibilities`, as a heading, a bold line or a line ending in a colon) and no list about leading people (`Build and lead a team`, `Mentor engineers`) shows it; titles found: `Head of Data`, `Responsibilities`, `Requirements`',
            expected: ['Leadership'],
          },
        ],
        // A job post's facts as read (pay-transparency's reader): here its pay range.
        facts: expect.objectContaining({ title: 'Head of Data', pay: 'range' }),
      },
      { path: 'b.md', messages: [], facts: expect.objectContaining({ title: 'Head of Data', pay: 'range' }) },
    ]);
  });

  it('exits 0 when nothing reaches --fail-on', async () => {
    expect((await runCli(['--fail-on', 'never', 'a.md'], dir)).code).toBe(0);
    expect((await runCli(['b.md'], dir)).code).toBe(0);
  });

  it.each([
    [['--format', 'xml'], 'rolelint: invalid value `xml` for --format: expected one of text, json, sarif, codequality'],
    [['--fail-on', 'sometimes'], 'rolelint: invalid value `sometimes` for --fail-on: expected one of error, warning, info, never'],
    [['--fail-on', 'warnings'], 'rolelint: invalid value `warnings` for --fail-on: did you mean `warning`? expected one of error, warning, info, never'],
    [['-f', 'JSON'], 'rolelint: invalid value `JSON` for --format: did you mean `json`? expected one of text, json, sarif, codequality'],
    [['--colour'], 'rolelint: unknown option `--colour` (options: --format, --fail-on, --config, --print-config, --ladders, --workers, --stdin, --stdin-filename, --fix, --baseline, --write-baseline, --verbose, --timing, --help, --version)'],
    [['--formt', 'json'], 'rolelint: unknown option `--formt`; did you mean `--format`?'],
    [['--fail_on=never'], 'rolelint: unknown option `--fail_on`; did you mean `--fail-on`?'],
    [['missing.md'], 'rolelint: no such file or directory: `missing.md`'],
  ])('exits 2 on usage errors, naming the argument: %j', async (argv, message) => {
    const run = await runCli(argv, dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${message}\nRun \`rolelint --help\` for usage.\n`);
  });

  it('prints help and version', async () => {
    expect(await runCli(['--help'], dir)).toEqual({ code: 0, stdout: helpText(version), stderr: '' });
    expect((await runCli(['-v'], dir)).stdout).toBe(`${version}\n`);
    expect(helpText(version)).toContain('-f, --format <name>');
  });

  it('keeps every flag apart from its description in --help, the longest included', () => {
    const rows = helpText(version).split('\n').filter((line) => /^ {2}(-\w, | {4})--/.test(line));
    expect(rows).toHaveLength(flags.length);
    expect(rows.find((row) => row.includes('--stdin-filename'))).toMatch(/^ {6}--stdin-filename <path> {2}the path the standard input/);
    // One column: every description starts where the others do.
    expect(new Set(rows.map((row) => /^ +-.*?\S {2,}(?=\S)/.exec(row)![0].length)).size).toBe(1);
  });

  it('keeps its version in step with package.json', () => {
    expect(version).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });
});

describe('CLI: the built bin (dist/cli/index.js), as npx runs it', () => {
  it('prints the JSON contract for the fixtures and exits 1', () => {
    const run = spawnSync(process.execPath, ['dist/cli/index.js', '--format', 'json', 'fixtures'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { path: string; messages: { ruleId: string; line: number }[] }[];
    expect(report.find((r) => r.path === 'fixtures/missing-leadership.md')!.messages).toMatchObject([
      { ruleId: 'pay-transparency', line: 2, column: 1 },
      { ruleId: 'required-sections', line: 2, column: 1, expected: ['Leadership'] },
    ]);
    expect(report.find((r) => r.path === 'fixtures/complete-job-post.md')!.messages).toEqual([]);
  });

  it('finds a configuration that an extended package holds, as the bundle resolves packages', () => {
    const dir = workspace({
      'node_modules/@acme/rolelint-config/package.json': '{ "name": "@acme/rolelint-config", "main": "rolelint.json" }',
      'node_modules/@acme/rolelint-config/rolelint.json': '{ "words": ["qarnyxol"], "rules": { "required-sections": "off" } }',
      '.rolelintrc.json': '{ "extends": "@acme/rolelint-config" }',
      'a.md': '# Role\n\nThe qarnyxol and qarnyxl pipelines.\n',
    });
    const run = spawnSync(process.execPath, [path.join(root, 'dist/cli/index.js'), '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as { messages: { ruleId: string; actual?: string }[] }[])[0]!.messages.map((m) => `${m.ruleId} ${m.actual}`)).toEqual(['typo qarnyxl']);
  });

  it('`npm start` lints the fixtures, prints findings and succeeds', () => {
    const out = execFileSync('npm', ['start', '--silent'], { cwd: root, encoding: 'utf8' });
    // A missing section of a kind the model inferred: a warning.
    expect(out).toContain('fixtures/missing-leadership.md:2:1  warning  Missing section `Leadership`');
    expect(out).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\) in \d+ of \d+ files\n {2}\d+ of them can be fixed with `--fix`\n$/);
  });
});
