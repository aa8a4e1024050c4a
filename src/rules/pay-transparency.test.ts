import { describe, expect, it } from 'vitest';
import { createResolver } from '../config/resolve.js';
import { lintDocument } from '../engine/lint.js';
import { describeDocExamples, formatMessage, runRule } from '../../test/helpers/rule-harness.js';
import { payTransparency } from './pay-transparency.js';
import { jurisdictionIds, jurisdictions } from './pay-transparency.data.js';

describeDocExamples(payTransparency);

/** A job post: frontmatter lines, then a title and the body given. */
const post = (body: string, front = '') => `---\nkind: job-post\n${front}---\n\n# Backend Engineer\n\n${body}\n`;
const lint = async (markdown: string, options?: object) => (await runRule(payTransparency, markdown, options)).map(formatMessage);
const reasons = async (markdown: string, options?: object) => (await runRule(payTransparency, markdown, options)).map((m) => m.reason);

describe('pay-transparency: no jurisdiction named', () => {
  it('a range, one amount or a grade passes', async () => {
    expect(await lint(post('**Salary:** $120,000–$150,000 a year'))).toEqual([]);
    expect(await lint(post('**Salary:** $135,000 a year'))).toEqual([]);
    expect(await lint(post('**Pay grade:** GS-13'))).toEqual([]);
    // A range alone on its line under a heading, then a word on how it is settled: pay, not a title over that word.
    expect(await lint(post('## Compensation\n\nUS$130,000 – US$190,000 + equity package (2-5%)\n\nWe will decide on the (competitive!) market rate for your region.'))).toEqual([]);
  });

  it('open-ended pay is reported at the words that open it', async () => {
    expect(await lint(post('We pay $130,000 and up, depending on experience.'))).toEqual([
      '7:8-7:23: Pay is open-ended (`$130,000 and up`): it gives a minimum and no maximum; state a minimum and a maximum (`$120,000–$150,000 a year`), as pay-transparency laws ask',
    ]);
    expect(await reasons(post('**Salary:** competitive, DOE'))).toEqual([
      'Pay is open-ended (`competitive`): it gives no figure; state a minimum and a maximum (`$120,000–$150,000 a year`), as pay-transparency laws ask',
    ]);
    // German: negotiable, as the industry pays (a Berlin start-up's posts, held out).
    expect(await reasons(post('Vergütung: Verhandlungsbasis, branchenüblich'))).toEqual([
      'Pay is open-ended (`Verhandlungsbasis`): it gives no figure; state a minimum and a maximum (`$120,000–$150,000 a year`), as pay-transparency laws ask',
    ]);
  });

  it('a short post that sends readers to its full text lacks pay as advice; with a law chosen, as the law asks', async () => {
    const teaser = post('We have an RSE role in the team, for someone with skills in R.\n\n[More information and application form.](https://www.jobs.example.ac.uk/job/COK027/engineer)');
    const found = await runRule(payTransparency, teaser);
    expect(found.map((m) => `${m.infoOnly === true ? "info" : "warning"} ${m.reason.split(":")[0]}`)).toEqual(['info This post states no pay and sends readers to its full text (`More information`)']);
    expect((await reasons(teaser, { jurisdictions: ['us-nyc'] })).map((r) => r.split(':')[0])).toEqual(['No pay is stated']);
    // No link to the full text: the post is the posting.
    expect(await reasons(teaser.replace(/\[(More information[^\]]*)\]\([^)]*\)/, '$1'))).toEqual([expect.stringMatching(/^This job post states no pay/)]);
    // A description kept as a document under a frontmatter key that names it, however long the post.
    const kept = post('We have an RSE role in the team, for someone with skills in R.').replace('---\n', '---\njobDescription: /assets/rse.pdf\n');
    expect((await runRule(payTransparency, kept)).map((m) => `${m.infoOnly === true ? 'info' : 'warning'} ${m.reason.split(':')[0]}`)).toEqual(['info This post states no pay and sends readers to its full text (`jobDescription']);
  });

  it('work the post says is unpaid has no pay to state; a field that only says it is paid is open-ended', async () => {
    expect(await lint(post('We need a logo for the project.', 'compensation: gratis\n'))).toEqual([]);
    expect(await lint(post('**Compensation:** volunteer, credited on the website'))).toEqual([]);
    expect(await lint(post('This is a volunteer role: two hours a week reviewing designs.'))).toEqual([]);
    // `volunteer` in running text is not a statement of pay (a benefit, a hobby).
    expect(await reasons(post('We give two volunteer days a year.'))).toEqual([expect.stringMatching(/^This job post states no pay/)]);
    // A call for volunteers, or the volunteer agreement the role is taken up with, says the work is unpaid.
    expect(await lint(post('We are looking for some dedicated volunteers who can give five hours a week.'))).toEqual([]);
    expect(await lint(post('Once accepted, you sign our volunteer agreement and meet the team.'))).toEqual([]);
    expect(await lint(post('The research team is looking for a volunteer with a background in statistics.'))).toEqual([]);
    expect(await reasons(post('We are looking for a volunteer coordinator to run our programmes.'))).toEqual([expect.stringMatching(/^This job post states no pay/)]);
    // A place for a conscript's civilian service, which the state pays (a Finnish fab lab's posts, held out); a civil service job is paid.
    expect(await lint(post('We offer a non-military service position for a design oriented person.'))).toEqual([]);
    expect(await reasons(post('We offer a civil service position for a design oriented person.'))).toEqual([expect.stringMatching(/^This job post states no pay/)]);
    // Volunteers the role works with or leads are no statement of its pay.
    expect(await reasons(post('We are looking for someone to lead volunteers across the region.'))).toEqual([expect.stringMatching(/^This job post states no pay/)]);
    expect(await reasons(post('We need a logo for the project.', 'compensation: paid\n'))).toEqual([
      'Pay is open-ended (`compensation: paid`): it gives no figure; state a minimum and a maximum (`$120,000–$150,000 a year`), as pay-transparency laws ask',
    ]);
  });

  it('a page that says its pay is in the advert it is published with has none to state here', async () => {
    for (const sentence of [
      'Every role we publish will include the salary range in the job ad, please do refer to that.',
      'See the job posting for the salary and the closing date.',
      'The pay band for this level is listed on each vacancy.',
    ]) expect(await lint(post(`Owns the delivery of a service.\n\n## Salary and location\n\n${sentence}`))).toEqual([]);
    // An advert named for other things, or pay said to be elsewhere in no document, is no statement.
    for (const sentence of ['Read the job ad carefully before you apply.', 'We review salaries every year, in every team.']) {
      expect(await reasons(post(`Owns the delivery of a service.\n\n${sentence}`))).toEqual([expect.stringMatching(/^This job post states no pay/)]);
    }
    // With a law chosen, the pay it asks of the posting is in the posting; what else it asks is still checked here.
    const withLaw = await reasons(post('Salary: see the job posting for the range.', 'jurisdictions: [US-CO]\n'), { jurisdictions: ['US-CO'] });
    expect(withLaw.some((r) => /pay/i.test(r.split(':')[0]!))).toBe(false);
    expect(withLaw.length).toBeGreaterThan(0);
  });

  it('a document that is not a job post is never read', async () => {
    expect(await lint('---\nkind: role-page\n---\n\n# Backend Engineer\n\nOwns the billing service.\n')).toEqual([]);
    expect(await lint('# Onboarding\n\nRead the handbook.\n')).toEqual([]);
  });

  it('a job inferred from its description must show a posting: a career guide describes a job no one offers', async () => {
    const guide = (intro: string) =>
      `# Backend Developer\n\n## Description\n\n${intro} A backend developer is responsible for designing, developing and maintaining the server-side logic of web applications, and works closely with frontend developers.\n\n## Skills Required\n\n- Proficiency in Python, Java or Node.js.\n- Strong understanding of databases and experience with SQL.\n- Knowledge of web frameworks like Django or Spring.\n- Experience with version control systems like Git.\n- Ability to troubleshoot and debug complex issues.\n- Familiarity with cloud platforms like AWS or Azure.\n- Understanding of RESTful APIs and experience in building them.\n- Knowledge of server architecture and deployment.\n- Familiarity with HTML, CSS and JavaScript.\n- Understanding of security best practices.\n\nSimilar roles in other companies may include:\n\n- Server-side developer\n- API developer\n`;
    const lintAt = async (markdown: string) => (await runRule(payTransparency, markdown, undefined, 'careers/backend-developer.md')).map((m) => m.reason.split(':')[0]);
    expect(await lintAt(guide(''))).toEqual([]);
    // The employer speaking of itself, or where the job is, makes it a posting (the kind inferred alike).
    expect(await lintAt(guide('Our platform team is growing.'))).toEqual(['This job post states no pay']);
    expect(await lintAt(guide('Based in Berlin.'))).toEqual(['This job post states no pay']);
    expect(await lintAt(guide('The Example project seeks a productive developer.'))).toEqual(['This job post states no pay']);
  });

  it('an inferred post whose titles name no job is named by its file, as sites name posts by their slug', async () => {
    const post = '[På svenska](/career/sv/)\n\n## Your role\n\nAs an experienced developer at Iteam you help our customers build digital services. You work in agile, cross-functional teams.\n\n## Your skills\n\n* Node.js\n* Proficient in written and spoken English\n* Write testable code and automated tests\n\n## About us\n\nWe are 30 people in Gothenburg and Stockholm, and we welcome everyone regardless of background.\n\n## Perks\n\n* 6 weeks vacation\n* Code lunches every Friday\n\n## How to apply\n\nSend your CV to jobs@example.se.\n';
    const lintAt = async (path: string) => (await runRule(payTransparency, post, undefined, path)).map((m) => m.reason.split(':')[0]);
    expect(await lintAt('career/senior-backend-developer.md')).toEqual(['This job post states no pay']);
    expect(await lintAt('career/working-here.md')).toEqual([]);
  });
});

describe('pay-transparency: jurisdictions', () => {
  it('each jurisdiction names its law where a post states no pay', async () => {
    for (const id of jurisdictionIds) {
      const messages = await runRule(payTransparency, post('**Location:** Remote'), { jurisdictions: [id] });
      const pay = messages.find((m) => m.reason.startsWith('No pay is stated'));
      expect(pay?.reason, id).toContain(jurisdictions[id].law);
      expect(pay?.line, id).toBe(5);
    }
  });

  it('where the EU alone asks, no pay is advice: the pay may be told before the interview', async () => {
    const [message] = await runRule(payTransparency, post('**Location:** Madrid'), { jurisdictions: ['eu'] });
    expect(message!.infoOnly).toBe(true);
    expect(message!.reason).toContain('before the interview, which rolelint cannot see');
    const [both] = await runRule(payTransparency, post('**Location:** Madrid'), { jurisdictions: ['eu', 'us-co'] });
    expect(both!.infoOnly).toBeUndefined();
  });

  it('a grade without a range is reported as such', async () => {
    expect(await reasons(post('**Pay grade:** GS-13'), { jurisdictions: ['us-ca'] })).toEqual([
      "Pay is given only as a grade (`GS-13`): California Labor Code § 432.3 (SB 1162) asks for the pay or its range written in the posting; add the grade's range (`$120,000–$150,000 a year`)",
    ]);
  });

  it('open-ended pay: `from` is the EU\'s initial pay, not a range where Illinois asks for one', async () => {
    expect(await lint(post('**Salary:** from €50,000 a year'), { jurisdictions: ['eu'] })).toEqual([]);
    expect(await reasons(post('**Salary:** from $50,000 a year'), { jurisdictions: ['us-il'] })).toEqual([
      expect.stringMatching(/^Pay is open-ended \(`from \$50,000`\): it gives a minimum and no maximum; the Illinois Equal Pay Act/),
      expect.stringMatching(/^Benefits are not described: the Illinois Equal Pay Act/),
    ]);
    expect(await reasons(post('**Salary:** up to €50,000 a year'), { jurisdictions: ['eu'] })).toEqual([expect.stringMatching(/^Pay is open-ended \(`up to €50,000`\): it gives a maximum and no minimum; the EU Pay Transparency Directive/)]);
  });

  it('one figure where a law asks for a minimum and a maximum is advice', async () => {
    const messages = await runRule(payTransparency, post('**Salary:** $135,000 a year'), { jurisdictions: ['us-nyc', 'us-wa'] });
    expect(messages.map((m) => [m.reason.split(' (')[0], m.infoOnly])).toEqual([
      ['One figure', true],
      ["Benefits are not described: Washington's Equal Pay and Opportunities Act", undefined],
    ]);
    expect(messages[0]!.reason).toMatch(/^One figure \(`\$135,000`\) where New York City's Local Law 32/);
    expect(messages[0]!.reason).not.toContain('Washington');
  });

  it('benefits: Illinois takes a link to them, Colorado a description', async () => {
    const linked = post('**Salary:** $120,000–$150,000 a year\n\nSee [our benefits](https://example.com/benefits).', 'closes: 2027-01-31\n');
    expect(await lint(linked, { jurisdictions: ['us-il'] })).toEqual([]);
    expect(await reasons(linked, { jurisdictions: ['us-co'] })).toEqual([expect.stringMatching(/^Benefits are not described \(only a link to them\): Colorado's/)]);
  });

  it('a closing date: Colorado asks for one, `until filled` is none', async () => {
    const body = '**Salary:** $120,000–$150,000 a year\n\nHealth, dental and vision insurance; a 401(k) match.\n\nApplications are accepted until the position is filled.';
    expect(await lint(post(body), { jurisdictions: ['us-co'] })).toEqual([
      '11:27-11:55: No closing date for applications (it says `until the position is filled`): Colorado\'s Equal Pay for Equal Work Act (C.R.S. § 8-5-201, as amended by SB23-105) requires the date the application window is expected to close (`Applications close 31 January 2027`, or `closes:` in the frontmatter)',
    ]);
    expect(await lint(post(body.replace('until the position is filled', 'until 31 January 2027')), { jurisdictions: ['us-co'] })).toEqual([]);
  });

  it('Ontario: the spread is judged up to $200,000; "Canadian experience" only where required', async () => {
    const statements = 'This posting is for an existing vacancy. We do not use AI to screen applications.';
    expect(await lint(post(`**Salary:** $210,000–$290,000 a year\n\n${statements}`), { jurisdictions: ['ca-on'] })).toEqual([]);
    expect(await lint(post(`**Salary:** $90,000–$140,000 a year\n\n${statements}`), { jurisdictions: ['ca-on'] })).toEqual([]);
    expect(await lint(post(`**Salary:** $90,000–$140,000 a year\n\n${statements}\n\nNo Canadian experience required.`), { jurisdictions: ['ca-on'] })).toEqual([]);
    expect(await lint(post(`**Salary:** $90,000–$140,000 a year\n\n${statements}\n\nCanadian experience isn't needed.`), { jurisdictions: ['ca-on'] })).toEqual([]);
    expect(await reasons(post(`**Salary:** $90,000–$140,000 a year\n\n${statements}\n\nYou have Canadian work experience.`), { jurisdictions: ['ca-on'] })).toEqual([
      expect.stringMatching(/^`Canadian work experience` may not be required: Ontario's Employment Standards Act/),
    ]);
  });

  it('the EU: pay history asked is reported, a pay scale named is not', async () => {
    const body = '**Salary:** €60,000–€75,000 a year';
    expect(await reasons(post(`${body}\n\nTell us your current salary.`), { jurisdictions: ['eu'] })).toEqual([expect.stringMatching(/^`current salary`: asking applicants about their pay history is barred/)]);
    expect(await lint(post(`${body}\n\nWe never ask for your salary history.`), { jurisdictions: ['eu'] })).toEqual([]);
    expect(await lint(post(`${body}\n\nThe current salary range for this role is above.`), { jurisdictions: ['eu'] })).toEqual([]);
  });

  it('a gendered title is reported under the EU only', async () => {
    const chair = '---\nkind: job-post\n---\n\n# Chairman of the Board\n\n**Salary:** €90,000–€110,000 a year\n';
    expect(await lint(chair, { jurisdictions: ['eu'] })).toEqual([
      '5:1-5:24: The job title `Chairman of the Board` is written in one gender (`Chairman`): the EU Pay Transparency Directive (EU) 2023/970, Art. 5 asks for gender-neutral job titles; write `Chair`',
    ]);
    expect(await lint(chair, { jurisdictions: ['us-ca'] })).toEqual([]);
    expect(await lint(chair.replace('Chairman', 'Kaufmann (m/w/d)'), { jurisdictions: ['eu'] })).toEqual([]);
    // The titles are fair-wording's gendered nouns (one list): a doorman is a door attendant here too.
    expect(await lint(chair.replace('Chairman of the Board', 'Doorman'), { jurisdictions: ['eu'] })).toEqual([
      '5:1-5:10: The job title `Doorman` is written in one gender: the EU Pay Transparency Directive (EU) 2023/970, Art. 5 asks for gender-neutral job titles; write `Door attendant`',
    ]);
  });

  it('a law is left out for an employer under its threshold, and before it applies', async () => {
    const none = post('**Location:** Remote');
    expect(await lint(none, { jurisdictions: ['us-hi'], employees: 49 })).toEqual([]);
    expect(await reasons(none, { jurisdictions: ['us-hi'], employees: 50 })).toEqual([expect.stringMatching(/^No pay is stated: Hawaii's Act 203/)]);
    expect(await lint(none, { jurisdictions: ['ca-on'], today: '2025-12-31' })).toEqual([]);
    expect((await reasons(none, { jurisdictions: ['ca-on'], today: '2026-01-01' }))[0]).toMatch(/^No pay is stated: Ontario's/);
  });

  it("a post's frontmatter replaces the configured jurisdictions; an empty list turns them off", async () => {
    const body = '**Salary:** $120,000–$150,000 a year';
    expect(await reasons(post(body, 'jurisdictions: [us-co]\n'), { jurisdictions: ['us-ca'] })).toEqual([
      expect.stringMatching(/^Benefits are not described: Colorado's/),
      expect.stringMatching(/^No closing date for applications: Colorado's/),
    ]);
    expect(await lint(post('**Location:** Remote', 'jurisdictions: []\n'), { jurisdictions: ['us-ca'] })).toEqual([]);
    expect(await reasons(post(body, 'jurisdiction: us-ca\n'))).toEqual([]);
  });

  it('an unknown jurisdiction in the frontmatter is reported at its line, with a did-you-mean', async () => {
    expect(await lint(post('**Salary:** $120,000–$150,000 a year', 'jurisdictions: [us-caa]\n'))).toEqual([
      '3:1-3:24: Frontmatter `jurisdictions`: unknown jurisdiction `us-caa`; did you mean `us-ca`? (known: eu, us-co, us-nyc, us-ny, us-ca, us-wa, us-il, us-md, us-ma, us-mn, us-vt, us-hi, us-nj, ca-on, ca-bc); it is not checked',
    ]);
  });

  it('a place the post names suggests a jurisdiction, and never decides one', async () => {
    const [message] = await reasons(post('**Location:** Toronto, ON'));
    expect(message).toMatch(/It names `Toronto`: if the job is there, Ontario's Employment Standards Act.* may apply; set `jurisdictions: \[ca-on\]` to check it$/);
    expect(await reasons(post('**Salary:** $120,000–$150,000 a year\n\n**Location:** Denver, CO'))).toEqual([]);
  });
});

describe('pay-transparency: jurisdictions from configuration', () => {
  const none = post('**Location:** Remote');
  const lintAt = async (path: string, resolve: ReturnType<typeof createResolver>) =>
    (await lintDocument({ path, contents: none, cwd: '/repo' }, resolve(path))).messages.filter((m) => m.ruleId === 'pay-transparency').map((m) => m.message);

  it('the top-level setting, an override by path and the Action\'s input each reach the rule', async () => {
    const resolve = createResolver(
      {
        dir: '/repo',
        layers: [
          { source: '.rolelintrc.json', settings: { jurisdictions: ['us-co'] } },
          { source: '.rolelintrc.json overrides[0]', files: ['jobs/toronto/**'], settings: { jurisdictions: ['ca-on'] } },
        ],
      },
      '/repo',
    );
    expect((await lintAt('jobs/denver/backend.md', resolve))[0]).toMatch(/^No pay is stated: Colorado's/);
    expect((await lintAt('jobs/toronto/backend.md', resolve))[0]).toMatch(/^No pay is stated: Ontario's/);
    const withInput = createResolver(
      { dir: '/repo', layers: [{ source: '.rolelintrc.json', settings: { jurisdictions: ['us-co'] } }], inputs: { source: 'action inputs', settings: { jurisdictions: ['us-wa'] } } },
      '/repo',
    );
    expect((await lintAt('jobs/backend.md', withInput))[0]).toMatch(/^No pay is stated: Washington's/);
  });

  it('the facts read reach the report, the closing date judged by the day the caller gives', async () => {
    const text = post('**Salary:** $120,000–$150,000 a year\n**Location:** Denver, CO (hybrid)\n\nApplications close 31 January 2027.');
    const result = await lintDocument({ path: 'jobs/backend.md', contents: text }, undefined, { today: () => '2027-02-01' });
    expect(result.facts).toMatchObject({
      title: 'Backend Engineer',
      pay: 'range',
      bestPay: { form: 'range', min: 120000, max: 150000, currency: 'USD', period: 'year', line: 7 },
      location: 'Denver, CO (hybrid)',
      arrangement: 'hybrid',
      places: [
        { name: 'Denver', jurisdictions: ['us-co'] },
        { name: 'CO', jurisdictions: ['us-co'] },
      ],
      closes: { date: '2027-01-31', passed: true, line: 10 },
    });
    expect((await lintDocument({ path: 'notes.md', contents: '# Notes\n\nNothing here.\n' })).facts).toBeUndefined();
  });
});
