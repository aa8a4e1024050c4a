import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { createParser } from '../parse/processor.js';
import { jobFacts, payStatement, readDate, reportFacts } from './job-facts.js';

const parser = createParser();

async function factsOf(markdown: string) {
  const file = new VFile({ path: 'job.md', value: markdown });
  const tree = parser.parse(file) as Root;
  await parser.run(tree, file);
  return { facts: jobFacts(tree, markdown), markdown };
}

/** The best pay as `form min max currency period` (`-` where unstated), or the grade, or `none`. */
async function pay(markdown: string): Promise<string> {
  const { facts } = await factsOf(markdown);
  const best = payStatement(facts);
  if (best.stated === 'grade') return `grade ${best.grade!.grade}`;
  if (!best.pay) return best.stated;
  const p = best.pay;
  return [best.stated + (p.open ? `:${p.open}` : ''), p.min ?? '-', p.max ?? '-', p.currency ?? '-', p.period ?? '-', p.from].join(' ');
}

describe('jobFacts: pay, wherever the post states it', () => {
  it.each([
    ['a field', '# Engineer\n\n**Salary:** $120,000–$150,000\n', 'range 120000 150000 USD year body'],
    ['a section', '# Engineer\n\n## Compensation\n\n120,000 - 150,000 USD per year, plus equity.\n', 'range 120000 150000 USD year body'],
    ['a bare figure under a pay heading', '# Engineer\n\n## Salary range\n\n120,000 – 150,000\n', 'range 120000 150000 - year body'],
    ['a sentence', '# Engineer\n\nThe base salary for this role is £45,000 to £55,000 per annum.\n', 'range 45000 55000 GBP year body'],
    ['a table row', '# Engineer\n\n| Field | Value |\n| --- | --- |\n| Location | Berlin |\n| Salary | €60.000–€75.000 |\n', 'range 60000 75000 EUR year table'],
    ['a table column', '# Roles\n\n| Role | Pay |\n| --- | --- |\n| Engineer | $50 - $65 per hour |\n', 'range 50 65 USD hour table'],
    ['frontmatter text', '---\ntitle: Engineer\nsalary: CAD 95,000-110,000\n---\n\n# Engineer\n', 'range 95000 110000 CAD year frontmatter'],
    ['frontmatter ends', '---\ntitle: Engineer\nsalary_min: 90000\nsalary_max: 110000\nsalary_currency: usd\n---\n\n# Engineer\n', 'range 90000 110000 USD year frontmatter'],
    // A line of prose the site shows with the post, its character references read as the site shows them.
    ['a frontmatter tagline', '---\ntitle: Data Engineer\ntagline: Package - &pound;40,000 - &pound;60,000 DOE + profit share\n---\n\nJoin us.\n', 'range 40000 60000 GBP year frontmatter'],
    ['a tagline with no pay', '---\ntitle: Data Engineer\ntagline: Trusted by 40,000 travellers since 1983\n---\n\nJoin us.\n', 'none'],
    [
      "schema.org's baseSalary",
      '---\ntitle: Engineer\nbaseSalary:\n  currency: EUR\n  value:\n    minValue: 50000\n    maxValue: 60000\n    unitText: YEAR\n---\n\n# Engineer\n',
      'range 50000 60000 EUR year frontmatter',
    ],
    // Its MonetaryAmount written out at the top, as a site's JobPosting fields are; a `value` with no currency beside it is no pay.
    ["schema.org's amount at the top", '---\ntitle: Cloud Consultant\ncurrency: "yen"\nvalue: "4 to 8 million yen"\nunitText: "YEAR"\n---\n\n# Cloud Consultant\n', 'range 4000000 8000000 JPY year frontmatter'],
    ['a value with no currency', '---\ntitle: Cloud Consultant\nvalue: 3\n---\n\n# Cloud Consultant\n', 'none'],
    ['an include carrying pay', '# Director\n\n{% include job/salary_range.html min="$141,022" max="$201,720" %}\n', 'range 141022 201720 USD year template'],
    ['HTML pasted from a job board', '# Engineer\n\n<p><strong>Pay range:</strong> $95,000 - $105,000</p>\n', 'range 95000 105000 USD year body'],
    ['a grade only', '# IT Specialist\n\n**Grade:** GS-13\n', 'grade GS-13'],
    // A form's pay band field, closed up as forms write it, with a value of any scale; a sentence after the label is no grade.
    ['a pay band field', '# Designer\n\nPOST TITLE: Designer\nPAYBAND:   \tA\nLOCATION: London\n', 'grade A'],
    ['a pay grade field', '# Service Manager\n\nPay grade: SCS1\n\nLead the service.\n', 'grade SCS1'],
    ['a band field with a sentence', '# Designer\n\nBand: we will agree the band with you at the interview\n', 'none'],
    ['a grade in the title', '---\ntitle: "Login.gov: Engineer GS15"\n---\n\n## Basic information\n', 'grade GS-15'],
    ['a grade in frontmatter', '---\ntitle: Analyst\ngs: 12\n---\n\n## Basic information\n', 'grade GS-12'],
    ['a grade as a frontmatter pay field\'s value', '---\ntitle: Wissenschaftliche Mitarbeiterin (m/w/d)\nstatement-of-payment: E 13 TVöD\n---\n\nText.\n', 'grade E 13'],
    ['open-ended', '# Engineer\n\n**Compensation:** up to $140,000\n', 'open-ended:up-to - 140000 USD year body'],
    ['unstated', '# Engineer\n\nWe offer a competitive salary and great benefits.\n', 'open-ended:unstated - - - - body'],
    ['nothing', '# Engineer\n\n## Responsibilities\n\n- Build things\n', 'none'],
    ['the title, as a board lists it', '# Analytics Engineer | London | £85,000 - £90,000\n\nBuild our data models.\n', 'range 85000 90000 GBP year body'],
    ['no bare figure in the title', '# Engineer 2026\n\nBuild our data models in 2026.\n', 'none'],
    ['no figure without a pay word below the title', '# Engineer\n\nBacked by a £35,000,000 Series A, we build data models.\n', 'none'],
    // French typography's no-break spaces written as character references, between the digits and before the currency.
    ['no-break spaces as references', '# Bibliothécaire\n\nLa rémunération mensuelle brute est de **2&nbsp;203,95&nbsp;€**.\n', 'amount 2203.95 2203.95 EUR - body'],
    ['a narrow no-break space by number', '# Assistant·e\n\nSalaire : 3&#8239;000 à 3&#8239;500&nbsp;€ brut par mois.\n', 'range 3000 3500 EUR month body'],
    // An Italian department's post (held out): the pay under an Italian section title.
    ['an Italian section of pay', '# Head of design\n\nGuida il team di design.\n\n## Compenso\n\nFino a 100.000 euro\n', 'amount 100000 100000 EUR year body'],
    ['a range beats an open end elsewhere', '# Engineer\n\nSalary: $100k - $120k\n\nCompensation is competitive.\n', 'range 100000 120000 USD year body'],
    // A level's code the post writes as an owner is the organisation's name, not a grade; written so once it is a grade.
    ['a level code as an owner', "# IC3 Director of Community\n\nMaintain IC3's reputation. Based at an IC3 campus. Salary is commensurate with experience.\n", 'open-ended:unstated - - - - body'],
    ['a level code', '# Director of Community\n\nBased at our campus. The level is IC3. Salary is commensurate with experience.\n', 'grade IC3'],
  ])('%s', async (_, markdown, expected) => {
    expect(await pay(markdown)).toBe(expected);
  });

  it('reads nothing from comments, code, link targets or a template\'s instructions', async () => {
    const markdown = [
      '# Engineer',
      '',
      '<!-- Salary: $100,000 - $120,000 -->',
      '',
      '{% comment %}',
      'Minimum: GS-15 Step 1: $172,075',
      '{% endcomment %}',
      '',
      '```',
      'salary = "$90k - $100k"',
      '```',
      '',
      'See [the pay table](https://example.com/pay/100000-120000) for details.',
      '',
    ].join('\n');
    expect(await pay(markdown)).toBe('none');
  });

  it('a bare dollar is the dollar of the place the post names', async () => {
    expect(await pay('# Engineer\n\n**Location:** Toronto, Ontario\n\n**Salary:** $90,000 - $110,000\n')).toBe('range 90000 110000 CAD year body');
  });
});

describe('jobFacts: the other facts', () => {
  it('reads location and arrangement, places that suggest a jurisdiction, employment type, closing date and benefits', async () => {
    const { facts } = await factsOf(
      [
        '# Senior Engineer',
        '',
        '**Location:** Denver, CO (hybrid)',
        '**Employment type:** Full-time, permanent',
        '**Closing date:** 31 January 2027',
        '',
        '## Benefits',
        '',
        '- Medical, dental and vision insurance',
        '- 401(k) with a 4% match',
        '',
      ].join('\n'),
    );
    expect(facts.location?.text).toBe('Denver, CO (hybrid)');
    expect(facts.arrangement).toBe('hybrid');
    expect(facts.places.map((p) => [p.name, p.jurisdictions])).toEqual([
      ['Denver', ['us-co']],
      ['CO', ['us-co']],
    ]);
    expect(facts.employment).toEqual(['full-time', 'permanent']);
    expect(facts.closes).toMatchObject({ date: '2027-01-31' });
    expect(facts.benefits.stated).toBe('described');
  });

  it.each([
    ['a place named', '# Engineer\n\nThe role is based in the UK, with travel.\n', 'the UK'],
    ['a home', '# Engineer\n\nYou can work from home two days a week.\n', 'home two days a week'],
    ['no place: the phrase reads on', '# Engineer\n\n- Guiding engineering work from the very beginning of the project.\n', undefined],
    ['no place: a folder', '# Engineer\n\nThe templates are located in the folder below.\n', undefined],
  ])('location in running text: %s', async (_, markdown, expected) => {
    expect((await factsOf(markdown)).facts.location?.text).toBe(expected);
  });

  it.each([
    ['a link to them', '# Engineer\n\nLearn about [our benefits](https://example.com/benefits).\n', 'linked'],
    ['praise alone', '# Engineer\n\nWe offer great benefits and a friendly team.\n', 'vague'],
    ['nothing', '# Engineer\n\n## Responsibilities\n\n- Build things\n', 'none'],
    ['a concrete benefit in a sentence', '# Engineer\n\nYou get 30 days of paid time off.\n', 'described'],
    ['a German offer section', '# Entwickler (m/w/d)\n\n## Wir bieten\n\n- flexible Arbeitszeiten\n- ein nettes Team\n', 'described'],
  ])('benefits: %s', async (_, markdown, expected) => {
    expect((await factsOf(markdown)).facts.benefits.stated).toBe(expected);
  });

  it("reads Ontario's statements: an existing vacancy, AI screening", async () => {
    const { facts } = await factsOf('# Analyst\n\nThis posting is for an existing vacancy.\n\nWe use artificial intelligence to screen applications.\n');
    expect(facts.vacancy?.stated).toBe('existing');
    expect(facts.aiScreening?.stated).toBe('used');
    const { facts: other } = await factsOf('# Analyst\n\nThis posting is not for an existing vacancy: we are building a talent pool.\n\nWe do not use AI to screen applicants.\n');
    expect(other.vacancy?.stated).toBe('future');
    expect(other.aiScreening?.stated).toBe('not-used');
  });

  it('reads work stated to be unpaid, in a pay field of the frontmatter or the body or in a sentence; a figure outranks it', async () => {
    const unpaid = async (markdown: string) => {
      const { facts } = await factsOf(markdown);
      return [payStatement(facts).stated, facts.unpaid && markdown.slice(facts.unpaid.start, facts.unpaid.end)];
    };
    expect(await unpaid('---\ntitle: Logo\ncompensation: gratis\n---\n\nA logo for the project.\n')).toEqual(['unpaid', 'compensation: gratis']);
    expect(await unpaid('# Designer\n\n**Pay:** pro bono, with credit on the site\n')).toEqual(['unpaid', 'pro bono, with credit on the site']);
    expect(await unpaid('# Mentor\n\nThis is an unpaid role of two hours a week.\n')).toEqual(['unpaid', 'This is an unpaid']);
    expect(await unpaid('# Designer\n\n**Pay:** gratis, or $120 for the whole set\n')).toEqual(['amount', 'gratis, or $120 for the whole set']);
    expect(await unpaid('# Engineer\n\nWe give two volunteer days a year.\n')).toEqual(['none', undefined]);
    const { facts } = await factsOf('---\ntitle: Logo\ncompensation: gratis\n---\n\nA logo.\n');
    expect(reportFacts(facts, '---\ntitle: Logo\ncompensation: gratis\n---\n\nA logo.\n').pay).toBe('unpaid');
  });

  it('reads pay said to be in the advert the role is published with; a figure outranks it', async () => {
    const text = '# Lead Engineer\n\nEvery role we publish will include the salary range in the job ad.\n';
    const { facts } = await factsOf(text);
    expect([payStatement(facts).stated, text.slice(facts.payElsewhere!.start, facts.payElsewhere!.end)]).toEqual(['elsewhere', 'salary range in the job ad']);
    expect(reportFacts(facts, text).pay).toBe('elsewhere');
    const { facts: stated } = await factsOf('# Lead Engineer\n\n**Salary:** £60,000–£70,000. The range is also in the job ad.\n');
    expect(payStatement(stated).stated).toBe('range');
  });

  it('reads no grade or period from a key or value that names a property of every object', async () => {
    const { facts } = await factsOf('---\ntitle: Engineer\nconstructor: GS-13\npay_period: constructor\nsalary: 100000\n---\n\n# Engineer\n');
    expect(facts.grades).toEqual([]);
    expect(facts.pay.map((p) => typeof p.period)).toEqual(['string']);
  });

  it('judges whether the closing date has passed only against the date it is given', async () => {
    const { facts, markdown } = await factsOf('---\ntitle: Analyst\ncloses: 2026-03-01\n---\n\n# Analyst\n');
    expect(reportFacts(facts, markdown).closes).toEqual({ text: '2026-03-01', date: '2026-03-01', line: 3 });
    expect(reportFacts(facts, markdown, '2026-03-02').closes?.passed).toBe(true);
    expect(reportFacts(facts, markdown, '2026-03-01').closes?.passed).toBe(false);
  });

  it.each([
    ['Applications close 2026-03-01', '2026-03-01'],
    ['Deadline: 31 October 2026', '2026-10-31'],
    ['Apply by October 31, 2026', '2026-10-31'],
    ['Bewerbungsfrist: 31.10.2026', '2026-10-31'],
    ['Date limite : 1er mars 2026', '2026-03-01'],
    ['Fecha límite: 15 de marzo de 2026', '2026-03-15'],
    ['10/31/2026', '2026-10-31'],
    ['31/10/2026', '2026-10-31'],
  ])('reads the date in %s', (text, iso) => {
    expect(readDate(text)?.iso).toBe(iso);
  });

  it('a date without a year is read as written, never judged', async () => {
    const { facts, markdown } = await factsOf('# Analyst\n\nApplications close on 31 October.\n');
    expect(reportFacts(facts, markdown, '2030-01-01').closes).toEqual({ text: '31 October', line: 3 });
  });

  it('the title: the first heading naming a job, else the first top-level heading, else the frontmatter title', async () => {
    expect((await factsOf('# Open\n\nIntro.\n\n# Softwareentwickler/in (m/w/d)\n')).facts.title?.text).toBe('Softwareentwickler/in (m/w/d)');
    expect((await factsOf('---\ntitle: Data Analyst\n---\n\n## Basic information\n')).facts.title?.text).toBe('Data Analyst');
  });
});
