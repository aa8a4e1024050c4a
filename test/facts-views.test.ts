/**
 * Where a job post's facts are shown: the JSON report (`facts` beside `messages`), `--print-config
 * <file>` (with the closing date judged by a pinned `today`), and the job summary (a short table
 * per post, the phrases a reviewer reads, within the summary's budget).
 */
import { describe, expect, it } from 'vitest';
import type { FileResult, JobFactsReport } from '../src/core/types.js';
import { benefitsPhrase, closesPhrase, locationPhrase, payPhrase } from '../src/reporters/facts.js';
import { summaryMarkdown } from '../src/reporters/summary.js';
import { runCli, workspace } from './helpers/cli.js';

const sections = '## Responsibilities\n\n- Build the billing service.\n\n## Requirements\n\n- Three years of backend work.\n';
const post = `---\nkind: job-post\n---\n\n# Backend Engineer\n\n**Location:** Denver, CO\n**Salary:** $120k - 150k\n\nWe work in a hybrid model. Applications close 31 January 2027.\n\n## Benefits\n\n- Medical, dental and vision insurance.\n- 25 days of paid leave.\n\n${sections}`;

describe('the JSON report', () => {
  it("carries each job post's facts beside its findings; other documents have none", async () => {
    const dir = workspace({ 'jobs/backend.md': post, 'notes.md': '# Notes\n\nHow we hire.\n' });
    const run = await runCli(['--format', 'json', '--fail-on', 'never', 'jobs/backend.md', 'notes.md'], dir);
    const report = JSON.parse(run.stdout) as { path: string; facts?: JobFactsReport }[];
    expect(report.map((r) => [r.path, r.facts === undefined])).toEqual([
      ['jobs/backend.md', false],
      ['notes.md', true],
    ]);
    expect(report[0]!.facts).toEqual({
      title: 'Backend Engineer',
      pay: 'range',
      bestPay: { form: 'range', min: 120000, max: 150000, currency: 'USD', period: 'year', periodInferred: true, text: '$120k - 150k', from: 'body', line: 8 },
      payMentions: [{ form: 'range', min: 120000, max: 150000, currency: 'USD', period: 'year', periodInferred: true, text: '$120k - 150k', from: 'body', line: 8 }],
      grades: [],
      benefits: 'described',
      location: 'Denver, CO',
      arrangement: 'hybrid',
      places: [
        { name: 'Denver', jurisdictions: ['us-co'] },
        { name: 'CO', jurisdictions: ['us-co'] },
      ],
      employment: [],
      closes: { text: '31 January 2027', date: '2027-01-31', passed: expect.any(Boolean), line: 10 },
    });
  });
});

describe('--print-config', () => {
  it("shows a job post's facts, the closing date judged by the configuration's `today`", async () => {
    const config = JSON.stringify({ rules: { 'pay-transparency': ['warning', { today: '2027-02-01' }] }, jurisdictions: ['us-co'] });
    const dir = workspace({ '.rolelintrc.json': config, 'jobs/backend.md': post });
    const run = await runCli(['--print-config', 'jobs/backend.md'], dir);
    const printed = JSON.parse(run.stdout);
    expect(printed.kind.kind).toBe('job-post');
    expect(printed.facts).toMatchObject({ pay: 'range', closes: { date: '2027-01-31', passed: true }, location: 'Denver, CO' });
    expect(printed.rules['pay-transparency'].options).toEqual({ jurisdictions: ['us-co'], today: '2027-02-01' });
  });

  it('shows no facts for a document that is not a job post', async () => {
    const dir = workspace({ 'notes.md': '# Notes\n\nHow we hire.\n' });
    expect(JSON.parse((await runCli(['--print-config', 'notes.md'], dir)).stdout).facts).toBeUndefined();
  });
});

describe('the job summary', () => {
  const facts = (over: Partial<JobFactsReport>): JobFactsReport => ({ pay: 'none', payMentions: [], grades: [], benefits: 'none', places: [], employment: [], ...over });
  const pay = (p: Partial<NonNullable<JobFactsReport['bestPay']>>) => ({ form: 'range' as const, text: 'x', from: 'body' as const, line: 1, ...p });

  it('says what a post promises in a few words', () => {
    expect(payPhrase(facts({ pay: 'range', bestPay: pay({ min: 45, max: 55.5, currency: 'GBP', period: 'hour' }) }))).toBe('45–55.5 GBP an hour');
    expect(payPhrase(facts({ pay: 'amount', bestPay: pay({ form: 'amount', min: 4000, max: 4000, currency: 'EUR', period: 'month' }) }))).toBe('4,000 EUR a month');
    expect(payPhrase(facts({ pay: 'open-ended', bestPay: pay({ form: 'open-ended', open: 'up-to', max: 150000, currency: 'USD', period: 'year' }) }))).toBe('up to 150,000 USD a year (open-ended)');
    expect(payPhrase(facts({ pay: 'open-ended', bestPay: pay({ form: 'open-ended', open: 'and-up', min: 130000 }) }))).toBe('from 130,000 (open-ended)');
    expect(payPhrase(facts({ pay: 'open-ended', bestPay: pay({ form: 'open-ended', open: 'unstated', text: 'competitive' }) }))).toBe('not stated (`competitive`)');
    expect(payPhrase(facts({ pay: 'grade', grades: [{ grade: 'E 13', system: 'TVöD', upTo: true, from: 'body', line: 3 }] }))).toBe('grade E 13 at most, no range');
    expect(payPhrase(facts({ pay: 'unpaid' }))).toBe('unpaid');
    expect(payPhrase(facts({}))).toBe('none');
    expect(benefitsPhrase(facts({ benefits: 'vague' }))).toBe('only praise');
    expect(locationPhrase(facts({ location: 'Madrid', arrangement: 'remote' }))).toBe('Madrid (remote)');
    expect(locationPhrase(facts({ location: 'Remote (United States)', arrangement: 'remote' }))).toBe('Remote (United States)');
    expect(locationPhrase(facts({}))).toBe('not stated');
    expect(closesPhrase(facts({ closes: { text: '31 January 2027', date: '2027-01-31', passed: true, line: 9 } }))).toBe('2027-01-31 (passed)');
    expect(closesPhrase(facts({ closes: { text: 'until filled', line: 9 } }))).toBe('until filled');
  });

  it('a cell holds one line, its `|` escaped', () => {
    const result: FileResult = { path: 'jobs/a.md', messages: [], facts: facts({ title: 'Engineer | Payments', location: 'Berlin |\nremote' }) };
    expect(summaryMarkdown([result])).toContain('#### `jobs/a.md`: Engineer \\| Payments\n\n| pay | benefits | location | applications close |\n| --- | --- | --- | --- |\n| none | none | Berlin \\|\\nremote | not stated |\n');
  });

  it('takes at most half the budget, and says how many posts it left to the JSON report', () => {
    const results: FileResult[] = Array.from({ length: 400 }, (_, i) => ({ path: `jobs/post-${i}.md`, messages: [], facts: facts({ title: `Engineer ${i}` }) }));
    const markdown = summaryMarkdown(results, { maxBytes: 64 * 1024 });
    const shown = markdown.match(/^#### /gm)!.length;
    expect(shown).toBeGreaterThan(50);
    expect(shown).toBeLessThan(400);
    expect(markdown).toContain(`The facts of ${400 - shown} more job posts are in the JSON report (\`report\` input).`);
    expect(new TextEncoder().encode(markdown).length).toBeLessThanOrEqual(32 * 1024 + 200);
  });
});
