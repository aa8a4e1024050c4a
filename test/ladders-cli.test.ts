/** `rolelint --ladders`: each ladder among the files, its levels in order and why, as text or JSON. */
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/paths.js';

describe('rolelint --ladders', () => {
  it('shows a folder ladder and a one-file ladder with their levels in order, and why', async () => {
    const run = await runCli(['--ladders', 'fixtures/ladders/defects', 'fixtures/ladders/one-file'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'fixtures/ladders/defects/',
        '  4 documents in one folder, each naming its level (by file name)',
        '  1. Engineer L1  fixtures/ladders/defects/L1.md:1  (by file name; 3 competencies)',
        '  2. L2  fixtures/ladders/defects/L2.md:1  (by file name; 3 competencies)',
        '  3. Engineer L3  fixtures/ladders/defects/L3.md:1  (by file name; 2 competencies)',
        '  4. Engineer L5  fixtures/ladders/defects/L5.md:1  (by file name; 3 competencies)',
        '',
        'fixtures/ladders/one-file/ladder.md › Design career ladder',
        '  4 headings of one document naming levels (Junior Designer, Mid-level Designer, Senior Designer, Staff Designer)',
        '  1. Junior Designer  fixtures/ladders/one-file/ladder.md:5  (by heading; 2 competencies)',
        '  2. Mid-level Designer  fixtures/ladders/one-file/ladder.md:15  (by heading; 1 competencies)',
        '  3. Senior Designer  fixtures/ladders/one-file/ladder.md:21  (by heading; 2 competencies)',
        '  4. Staff Designer  fixtures/ladders/one-file/ladder.md:31  (by heading; 2 competencies)',
        '',
      ].join('\n'),
    );
  });

  it('gives frontmatter-only levels, ordered by seniority word, as JSON', async () => {
    const run = await runCli(['--ladders', '--format', 'json', 'fixtures/ladders/frontmatter-only'], root);
    const ladders = JSON.parse(run.stdout) as { form: string; levels: { path: string; from: string; competencies: string[] }[] }[];
    expect(ladders.map((l) => l.form)).toEqual(['folder']);
    expect(ladders[0]!.levels.map((l) => [l.path.replace(/^.*\//, ''), l.from, l.competencies])).toEqual([
      ['analyst-junior.md', 'frontmatter `level`', ['delivery', 'communication']],
      ['analyst-mid.md', 'frontmatter `level`', ['delivery']],
      ['analyst-senior.md', 'frontmatter `level`', ['delivery', 'communication']],
    ]);
  });

  it('orders named levels on the seniority scale, a plain title (`Designer`) in the middle', async () => {
    const run = await runCli(['--ladders', '--format', 'json', 'fixtures/ladders/named-levels'], root);
    const ladders = JSON.parse(run.stdout) as { levels: { name: { label: string } }[] }[];
    expect(ladders.map((l) => l.levels.map((level) => level.name.label))).toEqual([
      ['Trainee Designer', 'Junior Designer', 'Designer', 'Senior Designer', 'Lead Designer', 'Principal Designer'],
    ]);
  });

  it('says when there is no ladder', async () => {
    const run = await runCli(['--ladders', 'fixtures/complete-job-post.md'], root);
    expect([run.code, run.stdout]).toEqual([0, 'No ladder found.\n']);
  });
});
