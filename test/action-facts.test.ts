/**
 * The Action and pay transparency, over real HTTP against the loopback GitHub: the job summary
 * shows a table of each job post's facts (pay, benefits, location, closing date) for the reviewer,
 * the `jurisdictions` input reaches the rule, and the check run's annotations name the law.
 */
import { describe, expect, it } from 'vitest';
import { runActionAgainst } from './helpers/action-run.js';
import { githubLike } from './helpers/github-server.js';

const sections = '## Responsibilities\n\n- Build the billing service.\n\n## Requirements\n\n- Three years of backend work.\n';
const denver = `---\nkind: job-post\n---\n\n# Backend Engineer\n\n**Location:** Denver, CO (hybrid)\n**Salary:** $120,000–$150,000 a year\n\nApplications close 31 January 2027.\n\n${sections}`;
const grade = `---\nkind: job-post\n---\n\n# IT Specialist\n\n**Location:** Remote\n**Pay grade:** GS-13\n\n${sections}`;
const unpaid = `---\nkind: job-post\n---\n\n# Data Analyst\n\n**Location:** Toronto, ON\n\n${sections}`;
const notes = '# Hiring notes\n\nHow we write job posts.\n';
const files = { 'jobs/denver.md': denver, 'jobs/grade.md': grade, 'jobs/unpaid.md': unpaid, 'notes.md': notes };
const changed = Object.keys(files).map((filename) => ({ filename, status: 'modified', patch: '@@ -1,0 +1,1 @@\n+x' }));

describe('Action: job posts\' facts', () => {
  it('the job summary has a table of facts per job post, and none for other documents', async () => {
    // `filter-mode: file`: the findings anywhere in the changed posts, not only on the lines changed.
    const run = await runActionAgainst(files, { 'fail-on': 'never', 'filter-mode': 'file' }, githubLike(changed));
    expect(run.summary).toContain(
      [
        '### Job posts',
        '',
        '#### `jobs/denver.md`: Backend Engineer',
        '',
        '| pay | benefits | location | applications close |',
        '| --- | --- | --- | --- |',
        '| 120,000–150,000 USD a year | none | Denver, CO (hybrid) | 2027-01-31 |',
        '',
        '#### `jobs/grade.md`: IT Specialist',
        '',
        '| pay | benefits | location | applications close |',
        '| --- | --- | --- | --- |',
        '| grade GS-13, no range | none | Remote | not stated |',
        '',
        '#### `jobs/unpaid.md`: Data Analyst',
        '',
        '| pay | benefits | location | applications close |',
        '| --- | --- | --- | --- |',
        '| none | none | Toronto, ON | not stated |',
      ].join('\n'),
    );
    expect(run.summary).not.toContain('`notes.md`:');
    // The facts come before the findings, and the finding that this post states no pay is there.
    expect(run.summary.indexOf('### Job posts')).toBeLessThan(run.summary.indexOf('### `jobs/unpaid.md`'));
    expect(run.summary).toMatch(/\| warning \| \[`pay-transparency`\]\([^)]+\) \| This job post states no pay: .* It names `Toronto`: if the job is there, Ontario's/);
  });

  it('the jurisdictions input reaches the rule: the annotations sent name the law', async () => {
    const run = await runActionAgainst(files, { 'fail-on': 'never', 'filter-mode': 'file', jurisdictions: 'us-co, ca-on' }, githubLike(changed));
    expect(run.server.invalid).toEqual([]);
    const sent = run.server.requests.filter((r) => r.method === 'PATCH' || r.method === 'POST').flatMap((r) => ((r.body as { output?: { annotations?: { path: string; message: string }[] } })?.output?.annotations ?? []));
    const messages = sent.filter((a) => a.path === 'jobs/denver.md').map((a) => a.message);
    expect(messages).toEqual([
      expect.stringMatching(/^Benefits are not described: Colorado's Equal Pay for Equal Work Act \(C\.R\.S\. § 8-5-201, as amended by SB23-105\) requires a general description/),
      expect.stringMatching(/^No statement whether this posting is for an existing vacancy: Ontario's Employment Standards Act, 2000/),
      expect.stringMatching(/^No statement whether artificial intelligence is used to screen, assess or select applicants: Ontario's/),
    ]);
    const unpaid = sent.filter((a) => a.path === 'jobs/unpaid.md').map((a) => a.message);
    expect(unpaid).toEqual(expect.arrayContaining([expect.stringMatching(/^No pay is stated: Colorado's .* and Ontario's .* require the pay or its range/)]));
  });
});
