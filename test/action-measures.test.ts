/**
 * The Action and fair-wording's measure, over real HTTP against the loopback GitHub: the balance
 * of a job post's gender-coded words is one score per post in the job summary's `Measures` table
 * and in the JSON report (`report` input), never an annotation per word; a strongly one-sided post
 * gets one finding at its title, which is annotated, and a balanced one none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runActionAgainst } from './helpers/action-run.js';
import { githubLike } from './helpers/github-server.js';

const post = (title: string, intro: string) =>
  `---\nkind: job-post\n---\n\n# ${title}\n\n${intro}\n\n**Salary:** $110,000–$130,000 a year\n\n## What you'll do\n\n- Run technical demonstrations for enterprise customers.\n\n## What we're looking for\n\n- Three years or more in a customer-facing technical role.\n`;
const files = {
  'jobs/coded.md': post('Sales Engineer', 'We are an ambitious, competitive team, and we want a confident, assertive engineer who is\ndecisive under pressure and independent in the field.'),
  'jobs/balanced.md': post('Solutions Engineer', 'We want an analytical, confident engineer who is supportive of customers and committed to\ntheir success.'),
  'jobs/plain.md': post('Support Engineer', 'We want an engineer who enjoys explaining how things work.'),
};
const changed = Object.keys(files).map((filename) => ({ filename, status: 'modified', patch: '@@ -1,0 +1,1 @@\n+x' }));

describe('Action: the balance of gender-coded words in job posts', () => {
  it('is a score per post in the job summary and the JSON report; only the strongly coded post is annotated, once', async () => {
    const run = await runActionAgainst(files, { 'fail-on': 'never', 'filter-mode': 'file', report: 'out/rolelint.json' }, githubLike(changed));
    expect(run.server.invalid).toEqual([]);
    expect(run.summary).toContain(
      [
        '### Measures',
        '',
        '| file | measure | verdict | counts | words |',
        '| --- | --- | --- | --- | --- |',
        '| `jobs/coded.md` | Gender-coded words | strongly masculine-coded | masculine 6, feminine 0 | masculine: ambitious, competitive, confident, assertive, decisive, independent |',
        '| `jobs/balanced.md` | Gender-coded words | neutral | masculine 2, feminine 2 | masculine: analytical, confident; feminine: supportive, committed |',
        '',
      ].join('\n'),
    );
    // A post without coded words has no row, and no word has a row of its own.
    expect(run.summary).not.toMatch(/\| `jobs\/plain\.md` \| Gender-coded/);
    expect(run.summary).toContain('1 finding in 1 of 3 files.');

    // The JSON report holds the same score per post, with the words counted.
    const reportPath = /^report<<(\S+)\n(.+)\n\1$/m.exec(run.outputs)?.[2];
    expect(reportPath).toMatch(/out\/rolelint\.json$/);
    const report = JSON.parse(readFileSync(reportPath!, 'utf8')) as { path: string; measures?: unknown[]; messages: { ruleId: string; line: number; actual?: string }[] }[];
    const byPath = Object.fromEntries(report.map((r) => [r.path, r]));
    expect(byPath['jobs/coded.md']!.measures).toEqual([
      {
        ruleId: 'fair-wording',
        id: 'gender-coding',
        label: 'Gender-coded words',
        value: -6,
        verdict: 'strongly masculine-coded',
        counts: { masculine: 6, feminine: 0 },
        words: { masculine: ['ambitious', 'competitive', 'confident', 'assertive', 'decisive', 'independent'], feminine: [] },
      },
    ]);
    expect(byPath['jobs/balanced.md']!.measures).toEqual([
      {
        ruleId: 'fair-wording',
        id: 'gender-coding',
        label: 'Gender-coded words',
        value: 0,
        verdict: 'neutral',
        counts: { masculine: 2, feminine: 2 },
        words: { masculine: ['analytical', 'confident'], feminine: ['supportive', 'committed'] },
      },
    ]);
    expect(byPath['jobs/plain.md']!.measures).toBeUndefined();
    expect(byPath['jobs/coded.md']!.messages.map((m) => [m.ruleId, m.line, m.actual])).toEqual([['fair-wording', 5, 'strongly masculine-coded']]);
    expect(byPath['jobs/balanced.md']!.messages).toEqual([]);

    // One annotation for the strongly coded post, at its title; none per coded word, none for the balanced post.
    const sent = run.server.requests
      .filter((r) => r.method === 'POST' || r.method === 'PATCH')
      .flatMap((r) => ((r.body as { output?: { annotations?: { path: string; start_line: number; annotation_level: string; message: string }[] } })?.output?.annotations ?? []));
    expect(sent.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([['jobs/coded.md', 5, 'warning']]);
    expect(sent[0]!.message).toMatch(/^This job post is strongly masculine-coded: 6 masculine-coded words \(ambitious, competitive, confident, assertive, decisive, independent\) to 0 feminine-coded/);
  });
});
