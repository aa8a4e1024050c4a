/**
 * Issue 30, case 3: a file name holding a newline and a workflow command. The text report (the
 * CLI's and the Action's log) and the CLI's notes print paths and messages escaped, so no line
 * starts with `::` but the runner's commands; the Action's log puts its report between
 * stop-commands markers besides; annotations and the job summary escape them as they did.
 */
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../helpers/cli.js';
import { pullRequestEvent, runActionAgainst, workflowCommands } from '../helpers/action-run.js';
import { githubLike } from '../helpers/github-server.js';

const evil = 'jobs/evil\n::error::INJECTED.md';
const atRoot = '::warning::root.md';
const coloured = 'jobs/\u001b[31mred\u202eevil.md';
// A job post by its frontmatter, lacking two of its sections: two findings at its title (line 4).
const partial = '---\nkind: job-post\n---\n# B\n\n## Leadership\n\n- Mentor.\n';

describe('hostile file names in the CLI', () => {
  const dir = workspace({ [evil]: partial, [atRoot]: partial, [coloured]: partial });

  it('prints each path escaped in the text report: no line of its own, no command, no terminal escape', async () => {
    const run = await runCli(['--fail-on', 'never', '.'], dir);
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('::'))).toEqual([]);
    expect(run.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(lines.filter((line) => line.includes('required-sections')).map((line) => line.split(':4:1')[0])).toEqual([
      './::warning::root.md',
      './::warning::root.md',
      'jobs/\\u{1b}[31mred\\u{202e}evil.md',
      'jobs/\\u{1b}[31mred\\u{202e}evil.md',
      'jobs/evil\\n::error::INJECTED.md',
      'jobs/evil\\n::error::INJECTED.md',
    ]);
    // The JSON report keeps the path as it is: JSON escapes it itself.
    const json = JSON.parse((await runCli(['--format', 'json', '--fail-on', 'never', 'jobs'], dir)).stdout) as { path: string }[];
    expect(json.map((r) => r.path)).toEqual([coloured, evil]);
  });

  it('escapes a path it names on standard error', async () => {
    const run = await runCli(['jobs/gone\n::error::x.md'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('rolelint: no such file or directory: `jobs/gone\\n::error::x.md`\nRun `rolelint --help` for usage.\n');
  });
});

describe('hostile file names in the Action', () => {
  const forbidden = (r: { method: string; path: string }) => (r.method === 'POST' && r.path === '/repos/o/r/check-runs' ? { status: 403, body: { message: 'Resource not accessible by integration' } } : undefined);
  // Added files: every line is an added line, so `filter-mode: added` keeps every finding.
  const lines = partial.replace(/\n$/, '').split('\n');
  const listed = [evil, atRoot].map((filename) => ({ filename, status: 'added', patch: `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}` }));

  it('prints no workflow command from a file name in its log, annotations or summary', async () => {
    const run = await runActionAgainst({ [evil]: partial, [atRoot]: partial }, { 'fail-on': 'never' }, githubLike(listed, forbidden), pullRequestEvent);
    const commands = workflowCommands(run.stdout);
    // Only the Action's own: the warning about the check run, and one annotation a finding.
    expect(commands.filter((c) => !/^::(warning|error) (title=rolelint|file=)|^::warning::POST /.test(c))).toEqual([]);
    expect(commands.filter((c) => c.startsWith('::error title=')).map((c) => /file=([^,]*)/.exec(c)![1])).toEqual([
      'jobs/evil%0A%3A%3Aerror%3A%3AINJECTED.md',
      'jobs/evil%0A%3A%3Aerror%3A%3AINJECTED.md',
      '%3A%3Awarning%3A%3Aroot.md',
      '%3A%3Awarning%3A%3Aroot.md',
    ]);
    expect(run.stdout).toContain('jobs/evil\\n::error::INJECTED.md:4:1  error  Missing section');
    expect(run.summary).toContain('### `jobs/evil\\n::error::INJECTED.md`');
    expect(run.summary).not.toMatch(/^::/m);
  });
});
