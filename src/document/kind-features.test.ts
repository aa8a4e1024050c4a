import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createParser } from '../parse/processor.js';
import fc from 'fast-check';
import { applyTarget } from './kind-cues.data.js';
import { applyLinkIn, kindFeatures } from './kind-features.js';

const parser = createParser();

async function featuresOf(markdown: string, path = 'doc.md') {
  const file = new VFile({ path, value: markdown, cwd: '/repo' });
  file.data.projectRoot = '/repo';
  const tree = parser.parse(file) as Root;
  await parser.run(tree, file);
  return kindFeatures(tree, markdown, file);
}

describe('kind signals', () => {
  it('a post kept as frontmatter data is read from its data: its title, its lists of duties, its pay', async () => {
    const post = [
      '---',
      'title: "Login.gov: Data Analyst"',
      'min_payrange: $ 143,736',
      'key_objectives:',
      '  - title: You will analyse program data.',
      '    items:',
      '    - Identify present and future data needs.',
      '    - Design new program processes and systems.',
      '    - Shape the policies and user guides of the program.',
      '---',
      '',
    ].join('\n');
    const { values, evidence } = await featuresOf(post);
    expect(evidence['title:job']).toBe('Login.gov: Data Analyst');
    expect(values['items:duty']).toBeGreaterThan(1);
    expect(evidence['body:amount']).toBe('$ 1');
  });

  it('finds a phrase of the headings within one heading, never from one into the next', async () => {
    const apart = await featuresOf(['# Data Analyst', '', '## Equal', '', 'Text.', '', '## Opportunity', '', 'Text.', ''].join('\n'));
    expect(apart.values['heading:equalOpportunity']).toBeUndefined();
    const whole = await featuresOf(['# Data Analyst', '', '## Our pledge', '', 'Text.', '', '## Equal opportunity', '', 'Text.', ''].join('\n'));
    expect(whole.evidence['heading:equalOpportunity']).toBe('equal opportunity');
  });

  it('frontmatter that does not parse still gives its title and keys, line by line, and its list items as text', async () => {
    const broken = ['---', 'title: "Data Analyst"', 'closes: 2024-01-31', 'duties:', '  - Analyse the data we collect.', '- Present findings to the team.', '    - Design dashboards: for every team', '---', ''].join('\n');
    const { values, evidence } = await featuresOf(broken);
    expect(evidence['title:job']).toBe('Data Analyst');
    expect(evidence['frontmatter:job']).toBe('closes');
    expect(values['items:duty']).toBeGreaterThan(0);
  });

  it("takes no section's title for the document's title where it has none (`**Responsibilities**` opening a post)", async () => {
    const post = (first: string) => `We are looking for a Content Writer to join our team.\n\n**${first}**\n\n- Write SEO content\n- Proofread blog posts\n`;
    expect((await featuresOf(post('Responsibilities'))).evidence['title:role-page']).toBeUndefined();
    expect((await featuresOf(post('Responsibilities'))).values['title:none']).toBe(1);
    expect((await featuresOf(post('Content Writer'))).evidence['title:job']).toBe('Content Writer');
  });

  it('reads frontmatter keys whatever case the site generator writes them in (`applicationUrl`, `Closing Date`)', async () => {
    expect((await featuresOf('---\ntitle: Scrum Master\napplicationUrl: https://example.org/jobs/1\n---\n\nText.\n')).evidence['frontmatter:job']).toBe('application_url');
    expect((await featuresOf('---\ntitle: Scrum Master\nClosing Date: 2024-01-31\n---\n\nText.\n')).evidence['frontmatter:job']).toBe('closing_date');
    expect((await featuresOf('---\ntitle: Scrum Master\nsubtitle: x\n---\n\nText.\n')).evidence['frontmatter:job']).toBeUndefined();
  });

  it('a link to one opening\'s application is a job-post signal; a careers page or a board is not', async () => {
    expect((await featuresOf('# Engineer\n\n[Apply](https://www.usajobs.gov/job/787414600)\n')).evidence['link:apply']).toBe('https://www.usajobs.gov/job/787414600');
    expect((await featuresOf('# Engineer\n\nApply at https://jobs.lever.co/acme/0f6a3c2e-1b2c-4d5e-8f90-123456789abc today.\n')).values['link:apply']).toBe(1);
    // Lever's European instance as well.
    expect((await featuresOf('# Engineer\n\nApply at https://jobs.eu.lever.co/acme/0f6a3c2e-1b2c-4d5e-8f90-123456789abc today.\n')).values['link:apply']).toBe(1);
    expect((await featuresOf('# Engineer\n\n[Our jobs](https://acme.example/careers/) and [the board](https://boards.greenhouse.io/acme)\n')).values['link:apply']).toBeUndefined();
  });

  it('finds the link to an application as one pattern run from each `https://` finds it', () => {
    // The plain way: the address's characters, as few as will do, then the target.
    const reference = new RegExp(`\\bhttps?:\\/\\/[^\\s)"'<>\\]]*?(?:${applyTarget.source})`, 'i');
    const parts = ['https://', 'http://', 'HTTPS://', 'jobs.lever.co/', 'acme/', '/jobs/', '12345', '/apply', 'apply', 'x', ' ', ')', '"', '0f6a3c2e-1b2c-4d5e-8f90-123456789abc', 'workable.com/', 'j/', '/view/', 'https://a.example/?u=', '.', '-'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 14 }), (chunks) => {
      const text = chunks.join('');
      expect(applyLinkIn(text)).toBe(reference.exec(text)?.[0]);
    }), { numRuns: 3000 });
  });

  it('a heading over the people of a team or body (its roster) is a signal of a team page', async () => {
    expect((await featuresOf('# Code Search\n\n## Members\n\n- Ada\n\n## Responsibilities\n\n- Own search.\n')).evidence['heading:roster']).toBe('Members');
    expect((await featuresOf('# Release lead\n\n## Responsibilities\n\n- Cut the release.\n')).values['heading:roster']).toBeUndefined();
    // The title itself, where it names the people (a maintainers table under `# Maintainers`).
    expect((await featuresOf('# Maintainers\n\n| Maintainer | Affiliation |\n| - | - |\n| aliok | Red Hat |\n')).evidence['heading:roster']).toBe('Maintainers');
    expect((await featuresOf('# Maintainer\n\nA maintainer reviews and merges changes.\n')).values['heading:roster']).toBeUndefined();
  });

  it('a title asking what a role is or does names a role page', async () => {
    expect((await featuresOf('# What is a CTO?\n\nThe CTO leads technology.\n')).evidence['title:role-page']).toBe('What is a CTO?');
    expect((await featuresOf('# What does a release manager do?\n')).values['title:role-page']).toBe(1);
    expect((await featuresOf('# What is new in 2024\n')).values['title:role-page']).toBeUndefined();
  });

  it('path words are read in any case, `.github/ISSUE_TEMPLATE` as a process folder', async () => {
    expect((await featuresOf('# Request\n', '.github/ISSUE_TEMPLATE/membership.md')).evidence['path:process']).toBe('issue');
    expect((await featuresOf('# Engineer\n', 'Jobs/engineer.md')).evidence['path:job']).toBe('jobs');
  });

  it('an amount written in words of a currency counts as pay', async () => {
    expect((await featuresOf('# Engineer\n\n**Compensation:** 49-53,000 Euros\n')).evidence['body:amount']).toBe('53,000 Euros');
  });

  it('a page that speaks as "I" (a personal page, how to work with me) says so; a post speaking as "we" and "you" does not', async () => {
    const personal = '# CEO\n\nI am the CEO. This page says what I do and how to get time with me. My calendar is open; I read every message.\n';
    expect((await featuresOf(personal)).evidence['body:me']).toBe('5 times');
    expect((await featuresOf('# Engineer\n\nYou will build our product. We pay well.\n')).values['body:me']).toBeUndefined();
  });

  it('the reader addressed is counted in every form, in the text and the frontmatter, beside the cues of the same words', async () => {
    const post = '---\ndescription: You’ll lead your team.\n---\n# Engineer\n\nYou will build it. Yours is the roadmap; you’re on call and you\'ve a budget, you\'d say. You apply below.\n';
    const { values, evidence } = await featuresOf(post);
    expect(evidence['body:you']).toBe('8 times');
    expect(values['body:me']).toBeUndefined();
    // No voice is a cue group of its own.
    expect(Object.keys(values).filter((name) => name.includes('voice'))).toEqual([]);
  });

  it('a title that names no job, no executive and no job advertisement says so; a level name such as `Intern` is a level', async () => {
    expect((await featuresOf('# Meeting notes\n')).evidence['title:no-job']).toBe('Meeting notes');
    expect((await featuresOf('# Data Analyst\n')).values['title:no-job']).toBeUndefined();
    expect((await featuresOf('# Intern & Probation\n')).evidence['title:level']).toBe('Intern & Probation');
    // Testers and scrum masters are jobs; a master's degree or a test plan is not.
    for (const title of ['Software Tester', 'Scrum Master']) expect((await featuresOf(`# ${title}\n`)).evidence['title:job'], title).toBe(title);
    for (const title of ['Master of Science', 'Test plan']) expect((await featuresOf(`# ${title}\n`)).values['title:job'], title).toBeUndefined();
  });

  it('German titles: a job for what (`Entwickler*in für …`), a student job in its gendered forms, `… gesucht!` as an advertisement', async () => {
    for (const title of ['Entwickler*in für Hardware (Vollzeit)', 'Werkstudierende*r für Design und UX', 'Praktikant (m/w/d)', 'Werkstudent:in Marketing'])
      expect((await featuresOf(`# ${title}\n`)).evidence['title:job'], title).toBe(title);
    expect((await featuresOf('# Werkstudierende*r gesucht!\n')).evidence['title:job-ad']).toBe('Werkstudierende*r gesucht!');
    expect((await featuresOf('# Entwicklung für alle\n')).values['title:job']).toBeUndefined();
    // Any noun of a person in its feminine form by a mark, or a gender note anywhere; not the plural of a team page (`Gründer:innen`).
    for (const title of ['Käser_in 70%', 'Student:in (Wirtschafts-)Informatik 40–60%', 'Leitung Buchhaltung (m/w/d) in Teilzeit'])
      expect((await featuresOf(`# ${title}\n`)).evidence['title:job'], title).toBe(title);
    expect((await featuresOf('# Unsere Gründer:innen\n')).values['title:job']).toBeUndefined();
  });

  it('French titles: a job in its inclusive forms (`Animateur·trice`), a job of a field (`Chargé de communication`), `… recrute !` as an advertisement', async () => {
    for (const title of ['Poste d’animateur·trice de camp de jour', 'Coordinateur.rice d\'association', 'Chargé de communication', 'Stagiaire en design', 'Responsable d\'atelier'])
      expect((await featuresOf(`# ${title}\n`)).evidence['title:job'], title).toBe(title);
    for (const title of ['Guidoline recrute !', 'Offre de stage : communication']) expect((await featuresOf(`# ${title}\n`)).evidence['title:job-ad'], title).toBe(title);
    // Spanish job nouns (`Practicante de datos`, `Líder de comunidad`).
    for (const title of ['Practicante de datos', 'Líder de comunidad']) expect((await featuresOf(`# ${title}\n`)).evidence['title:job'], title).toBe(title);
    // A stage of a process, or a job noun before what it is about in English, is no job.
    for (const title of ['Interview stage', 'Designer handbook', 'La vie de l\'association']) expect((await featuresOf(`# ${title}\n`)).values['title:job'], title).toBeUndefined();
  });

  it('the title is the frontmatter\'s, not a bold first line a paste made a title line; without one the line is the title', async () => {
    const body = '**Software Design**\\\n● Experience with design patterns;\\\n● Knowledge of DDD\n';
    expect((await featuresOf(`---\ntitle: Middle PHP Developer\n---\n${body}`)).evidence['title:job']).toBe('Middle PHP Developer');
    expect((await featuresOf(body)).evidence['title:no-job']).toMatch(/^Software Design/);
  });
});
