import { describe, expect, it } from 'vitest';
import { describeDocExamples, formatMessage, runRule } from '../../test/helpers/rule-harness.js';
import { emptySection } from './empty-section.js';

describeDocExamples(emptySection);

const found = async (markdown: string, options?: object, path?: string) => (await runRule(emptySection, markdown, options, path)).map(formatMessage);
const role = (rest: string) => `# Role\n\n## Responsibilities\n\n- Build\n\n## Requirements\n\n- Go\n\n## Leadership\n\n- Mentor\n\n${rest}`;

describe('empty-section', () => {
  it('leaves the required sections to required-sections, as the configuration names them', async () => {
    expect(await found(role('## Benefits\n'))).toEqual(['15:1-15:12: Section `Benefits` is empty: nothing follows its heading; write it, or remove the heading']);
    expect(await found('# Role\n\n## Responsibilities\n\n## Scope\n', { sections: [{ name: 'Scope', aliases: [] }] })).toEqual([
      '3:1-3:20: Section `Responsibilities` is empty: nothing follows its heading; write it, or remove the heading',
    ]);
  });

  it('leaves a title about a required section over a heading of its level, where the document shows the section, to required-sections', async () => {
    const post = (under: string) => `# Policy Co-op\n\n## What you bring\n\n- Curiosity\n\n### Requirements of the job\n\n### Eligibility\n\n${under}\n`;
    const sections = { sections: [{ name: 'Requirements', aliases: ['What you bring'] }] };
    expect(await found(post('- You have strong research skills\n- Experience with policy analysis'), sections)).toEqual([]);
    // Where nothing shows the section, the label is an empty section as any other.
    expect(await found(post('- Enrolled in a co-op programme'), sections)).toEqual(['7:1-7:28: Section `Requirements of the job` is empty: nothing follows its heading; write it, or remove the heading']);
  });

  it.each([
    ['a subheading', '## Benefits\n\n### Health\n\n- Dental'],
    ['a comment, which may stand for an include', '## Benefits\n\n<!-- include: benefits.md -->'],
    ['a table', '## Benefits\n\n| a | b |\n| - | - |\n| 1 | 2 |'],
    ['a picture', '## Benefits\n\n![](benefits.png)'],
    ['a last section with text', '## Benefits\n\nDental.'],
  ])('is quiet over %s', async (_, rest) => {
    expect(await found(role(rest))).toEqual([]);
  });

  it('leaves a heading indented into the list item before it alone, last in the item: what it titles stands after the list', async () => {
    expect(await found(role('## Activities\n\n- Recruit members\n- Ensure commitments are met\n\n  ## Newsletter\n\n- **Owner**: the vice chair\n- **Outcome**: stakeholders informed\n'))).toEqual([]);
    // Followed by more of the item, it is judged as any.
    expect(await found(role('## Activities\n\n- Recruit members\n\n  ## Newsletter\n\n  ## Events\n\n  Run the events.\n'))).toHaveLength(1);
  });

  it('takes a site\'s component for content it renders (`<Apply />`), not an empty section; a lower-case tag alone is none', async () => {
    // A build-tools company's post on an MDX site (held out): its application form as a component.
    expect(await found('# Solutions Engineer\n\n## About\n\nWe build.\n\n## Apply now\n\n<Apply />\n')).toEqual([]);
    expect(await found('# Solutions Engineer\n\n## About\n\nWe build.\n\n## Apply now\n\n<br />\n').then((f) => f.length)).toBe(1);
  });

  it('takes a MyST directive for content the site builds, not an empty section; an empty code fence is none', async () => {
    expect(await found(role('## Past mentors\n\n```{include} ../tmp/mentors.txt\n\n```\n\n## Contact\n\nWrite to us.\n'))).toEqual([]);
    expect(await found(role('## Past mentors\n\n```\n```\n\n## Contact\n\nWrite to us.\n'))).toHaveLength(1);
  });

  it('reports a section whose list holds placeholders only (`* TBD` three times), not one with an item written', async () => {
    expect(await found(role('## Areas of growth\n\n* TBD\n* TBD\n* TBD\n\n## Next\n\nText.\n'))).toEqual([
      '15:1-15:19: Section `Areas of growth` holds only a placeholder (`TBD`): write it, or remove the heading',
    ]);
    expect(await found(role('## Areas of growth\n\n* TBD\n* Mentoring\n\n## Next\n\nText.\n'))).toEqual([]);
  });

  it('reports a section whose one line leads into content that never comes, not a form of blank fields', async () => {
    expect(await found(role('## Skills\n\nThe following skills define what this level does:\n\n## Next\n\nText.\n'))).toEqual([
      '15:1-15:10: Section `Skills` holds only a line leading into what is not there (`The following skills define what this level does:`): write what it announces, or remove the heading',
    ]);
    expect(await found(role('## Skills\n\nThe following skills define what this level does:\n\n### Delivery\n\nShips features.\n'))).toEqual([]);
    expect(await found(role('## Reference\n\nName:\nEmail:\n\n## Next\n\nText.\n'))).toEqual([]);
    // A smiley's colon ends no lead-in.
    expect(await found(role('## Help wanted\n\nThe label shows we are looking for volunteers (:\n\n## Next\n\nText.\n'))).toEqual([]);
  });

  it('tells a paragraph that `---` turned into a heading from a short setext title', async () => {
    expect(await found(role('We will write more about this soon.\n---\n\n## Next\n\nText.\n'))).toHaveLength(1);
    expect((await found(role('We will write more about this soon.\n---\n\n## Next\n\nText.\n')))[0]).toContain('reads as a paragraph, but the `---` on the line under it makes it a heading');
    expect((await found(role('Benefits\n---\n\n## Next\n\nText.\n')))[0]).toContain('Section `Benefits` is empty');
  });

  it('names a heading made of two lines or more (a paragraph over `---`) on one line, as the paragraph it was', async () => {
    expect(await found(role('Location: Remote\nSalary: 50,000\n---\n\n## Next\n\nText.\n'))).toEqual([
      expect.stringContaining('`Location: Remote Salary: 50,000` reads as a paragraph, but the `---` on the line under it makes it a heading with nothing under it'),
    ]);
  });

  it('does not judge a pasted document or one whose frontmatter lost its opening `---`', async () => {
    expect(await found('Senior Engineer\n\nResponsibilities\n\nOwn it.\n\nBenefits\n\nPerks\n\nDental plan\n')).toEqual([]);
    expect(await found('title: Role\nopens: 2026-01-01\ncloses: 2026-02-01\n# Put the dates here.\n---\n\n# Role\n\n## Benefits\n')).toEqual([]);
  });
});

describe("empty-section: GitHub's issue and pull request templates", () => {
  const template = '## What does this change?\n\n## Which roles does it touch?\n\n- [ ] Engineering\n';

  it('leaves their headings over nothing to the author who fills them in', async () => {
    for (const path of ['.github/pull_request_template.md', '.github/PULL_REQUEST_TEMPLATE/roles.md', '.github/ISSUE_TEMPLATE/new-role.md']) {
      expect(await found(template, {}, path), path).toEqual([]);
    }
    expect(await found(template, {}, 'docs/notes.md')).toEqual(['1:1-1:26: Section `What does this change?` is empty: nothing follows its heading; write it, or remove the heading']);
  });
});

describe('empty-section: a lead-in whose list stands under the next heading', () => {
  it('is no empty section; one whose next heading holds no list is', async () => {
    const page = (next: string) => `# Board Secretary\n\n### Position\n\nAs the Board Secretary, support the work of the board. Specific responsibilities include:\n\n## Governance and oversight:\n\n${next}\n`;
    expect(await found(page('- Attend all board meetings\n- Keep the minutes'))).toEqual([]);
    expect(await found(page('We meet monthly.'))).toHaveLength(1);
  });
});

describe('empty-section: headings that stand alone by design', () => {
  it('a notice written as a heading, a heading that links to its content, the page title over the next title', async () => {
    expect(await found('# Data Analyst\n\n## Applications are currently closed\n\n## About us\n\nWe build maps.\n')).toEqual([]);
    expect(await found('# Role\n\n## This page has moved.\n\n## Next\n\nText.\n')).toEqual([]);
    expect(await found("# Engineer\n\nBuild boards.\n\n## Applications now closed - but we're happy to hear from you for another role\n")).toEqual([]);
    expect(await found('# Role\n\n### [Company](../company-section.md)\n\n### Perks\n\nDental.\n')).toEqual([]);
    // Numbered, as entries of a list of links written as headings.
    expect(await found('# Role\n\n## Important links:\n\n#### 1. [PM Onboarding](/onboarding)\n#### 2. [PRD Template](/prd)\n')).toEqual([]);
    expect(await found('# Role\n\n## Links\n\n#### 1. Onboarding\n#### 2. Template\n\nText.\n')).toEqual(['5:1-5:19: Section `1. Onboarding` is empty: nothing follows its heading; write it, or remove the heading']);
    expect(await found('# Role\n\n## https://example.com\n\n## Perks\n\nDental.\n')).toEqual([]);
    expect(await found('# Identifying candidates\n\n# The lifecycle\n\nText.\n')).toEqual([]);
    // A question or a title stays a section, and is empty with nothing under it.
    expect(await found('# Role\n\n## What are the perks?\n\n## Next\n\nText.\n')).toEqual(['3:1-3:23: Section `What are the perks?` is empty: nothing follows its heading; write it, or remove the heading']);
    expect(await found('# Role\n\n## [Company](../company.md) and culture\n\n## Next\n\nText.\n')).toHaveLength(1);
    // A question as long as a sentence is a call to the reader (a volunteer call's closing line, held out).
    expect(await found('# Ambassadors\n\nJoin us.\n\n### So, will you join this network and change the politics around you?\n')).toEqual([]);
    // Links joined by `and`, a comma or a bar link to their content as one link does.
    expect(await found('# Volunteer\n\n### [Our plan](/plan) and [Our values](/values)\n\n## Next\n\nText.\n')).toEqual([]);
    expect(await found('# Volunteer\n\n### [Plan](/plan), [Values](/values) | [Team](/team)\n\n## Next\n\nText.\n')).toEqual([]);
    expect(await found('# Role\n\n## [Plan](/plan) and our culture\n\n## Next\n\nText.\n')).toHaveLength(1);
    // Words that send the reader to the link make it a pointer too, a reference link as well.
    expect(await found('# Elections\n\n### For the current election, check the [Steering Elections][e] directory\n\n### Eligibility\n\nText.\n\n[e]: ./elections\n')).toEqual([]);
    expect(await found('# Role\n\n## See [the handbook](../handbook.md)\n\n## Next\n\nText.\n')).toEqual([]);
    expect(await found('# Role\n\nText.\n\n## Click to [apply](https://jobs.example/apply/12)\n')).toEqual([]);
    // A post's field written as a heading with its value: whole in itself; a title before a colon that labels no field is a section.
    expect(await found('# Executive\n\n### Job Title: Business Development Executive\n\n### Location: Tamilnadu (Remote)\n\n### Company Description:\nWe teach.\n')).toEqual([]);
    expect(await found('# Co-founder\n\nText.\n\n###### **Languages required:** Dutch, English\n')).toEqual([]);
    // A blog's byline and date as headings over its post (held out); a title that only starts with a verb of one is a section.
    expect(await found('# Applications Open\n\n#### Contributed by [Elsa Gonsiorowski](https://github.com/gonsie)\n\n#### Publication date: August 14, 2025\n\nText.\n')).toEqual([]);
    expect(await found('# Plan\n\n## Reviewed work\n\n## Next\n\nText.\n')).toEqual(['3:1-3:17: Section `Reviewed work` is empty: nothing follows its heading; write it, or remove the heading']);
    // ... or with a spaced dash (`Function – Technology`); a title with a dash that labels no field is a section.
    expect(await found('# Technology Lead\n\n## Function – Technology\n## Core Purpose\n\nText.\n')).toEqual([]);
    expect(await found('# Plan\n\n## Phase 1 – Discovery\n## Phase 2 – Hiring\n\nText.\n')).toEqual(['3:1-3:23: Section `Phase 1 – Discovery` is empty: nothing follows its heading; write it, or remove the heading']);
    expect(await found('# Plan\n\n### Phase 2: Hiring\n\n### Phase 3: Onboarding\n\nText.\n')).toEqual(['3:1-3:20: Section `Phase 2: Hiring` is empty: nothing follows its heading; write it, or remove the heading']);
    // A question asking whether the reader has seen another post, with its link: a pointer to it.
    expect(await found('# Designer\n\nText.\n\n#### Have you seen our [Sales Representative](/careers/sales) position?\n')).toEqual([]);
    // A call to contact, with its link: the page it links to is what it stands for; without a link it is a heading like any other.
    expect(await found('# Writer\n\nText.\n\n### Want to join our team? [Contact Us](/contact)\n')).toEqual([]);
    expect(await found('# Writer\n\nText.\n\n### Contact us\n')).toEqual(['5:1-5:15: Section `Contact us` is empty: nothing follows its heading; write it, or remove the heading']);
  });

  it('takes a table of contents written as headings for its entries, not empty sections; an empty section after it is still one', async () => {
    const guide = (after: string) => `# Lead Guide\n\nIntro.\n\n# Table of Contents\n\n## 1. The role\n\n### Technical Decisions\n\n### Daily To-Do's\n\n* * *\n\n## The role\n\nYou lead.\n\n### Technical decisions\n\nYou decide.\n${after}`;
    expect(await found(guide(''))).toEqual([]);
    expect(await found(guide('\n### Daily to-dos\n\n### Launch parties\n\nCelebrate.\n'))).toEqual(['23:1-23:17: Section `Daily to-dos` is empty: nothing follows its heading; write it, or remove the heading']);
    // Elsewhere a heading a later one repeats is still a section (a ladder in one file names each level's sections alike).
    expect(await found('# Ladder\n\nIntro.\n\n## L1\n\n### Scope\n\n### Craft\n\nText.\n\n## L2\n\n### Scope\n\nA team.\n')).toHaveLength(1);
  });

  it('takes the first heading of a page with nothing before it, at any depth, for its title or the fact it opens with', async () => {
    expect(await found('### Finance committee and SPOC\n\n### Project team\n\n- Kelle\n')).toEqual([]);
    expect(await found('---\ntitle: Grants\n---\n\n## Application deadline: 24 August\n\n## Grant amount: 1,000 to 5,000 euros\n\nText.\n')).toEqual([]);
    // ... nothing but frontmatter and a rule: a foundation's pages (held out) put their title between `---` lines after a JSON object.
    expect(await found('{\n  "slug": "build"\n}\n---\nEEF Building Working Group\n---\n\n## Mission Statement\n\nText.\n')).toEqual([]);
    // ... nor a layout's tags: a foundation's policy pages (held out) wrap their title in `<div class="card-header">`.
    const card = (before: string) => `${before}<div class="card">\n\n<div class="card-header">\n\n## Financial Systems Access Policy\n\n</div>\n\n<div class="card-body">\n\n## Purpose\n\nText.\n`;
    expect(await found(card(''))).toEqual([]);
    // ... after a Pelican site's metadata lines, as that policy page has (`Title: &nbsp;` / `TabTitle: …`).
    expect(await found(card('Title: &nbsp;\nTabTitle: Financial Systems Access Policy\n\n'))).toEqual([]);
    expect(await found(card('Note: read this first.\n\n'))).toHaveLength(1);
    expect(await found(card('<p>Read this first.</p>\n\n'))).toEqual([
      '7:1-7:35: Section `Financial Systems Access Policy` is empty: nothing follows its heading; write it, or remove the heading',
    ]);
    // After text, the same heading is a section, and empty.
    expect(await found('Intro.\n\n### Finance committee and SPOC\n\n### Project team\n\n- Kelle\n')).toEqual([
      '3:1-3:31: Section `Finance committee and SPOC` is empty: nothing follows its heading; write it, or remove the heading',
    ]);
  });

  it("takes the headings stacked right under the page's title for its subtitle lines, not sections", async () => {
    const post = '# [Test Lead](https://jobs.example/apply/12)\n### Acme Health\n#### `🌎 Remote, Lisbon`\n\n### Company description\n\nWe build clinics.\n';
    expect(await found(post)).toEqual([]);
    // After a blank line, or after text, a heading opens a section, empty or not.
    expect(await found(post.replace('### Acme Health\n', '\n### Acme Health\n'))).toEqual([
      '4:1-4:25: Section `🌎 Remote, Lisbon` is empty: nothing follows its heading; write it, or remove the heading',
    ]);
    // A page whose title is its first heading at another depth, nothing before it: its place below it is a subtitle too.
    const titled = '## Fullstack Engineer\n#### San Francisco, CA\n\n### Job description\n\nYou build things.\n';
    expect(await found(titled)).toEqual([]);
    // Not where text comes first: the first heading is then no title.
    expect(await found(`Posted in May.\n\n${titled}`)).toEqual([
      '4:1-4:23: Section `San Francisco, CA` is empty: nothing follows its heading; write it, or remove the heading',
    ]);
  });

  it('a numbered step of a procedure written as a heading is an instruction, not an empty section; a numbered title is a section', async () => {
    const guide = (step: string) => `# Editor guide\n\n### ${step}\n\n### 2. Add a partner label to the issue\n\nText.\n`;
    expect(await found(guide('1. ✔️ Tag the issue with the review label in GitHub'))).toEqual([]);
    expect(await found(guide('Step 1: Tag the issue with its review label'))).toEqual([]);
    expect(await found(guide('1. Scope'))).toEqual(['3:1-3:13: Section `1. Scope` is empty: nothing follows its heading; write it, or remove the heading']);
  });

  it('a title right above numbered parts of its own level is their label; above one unnumbered heading it is empty', async () => {
    // A hiring challenge's `## Desafio QA` over `## Parte 1`, `## Parte 2` (held out, in Portuguese).
    const challenge = (first: string) => `# Vaga QA\n\nTexto.\n\n## Desafio QA\n\n## ${first}\n\nCrie uma conta.\n\n## Parte 2 - Endpoints\n\nValide o fluxo.\n`;
    expect(await found(challenge('Parte 1 - Fluxo web'))).toEqual([]);
    expect(await found(challenge('Fluxo web'))).toEqual(['5:1-5:14: Section `Desafio QA` is empty: nothing follows its heading; write it, or remove the heading']);
  });

  it("headings ending in a quantity in brackets, three or more, are an allocation's items, which need no body; one alone is a section", async () => {
    // A course's staff roles (held out): each role's weekly hours, written as headings.
    const roles = '# Tutor\n\n#### Grading (2)\n\n- Read rubrics\n\n#### Office hours (1)\n\n#### Staff meeting (1)\n\n#### Preparation (1)\n\n- Review lectures\n';
    expect(await found(roles)).toEqual([]);
    expect(await found('# Tutor\n\n#### Grading\n\n- Read rubrics\n\n#### Office hours (1)\n\n#### Preparation\n\n- Review lectures\n')).toEqual([
      '7:1-7:22: Section `Office hours (1)` is empty: nothing follows its heading; write it, or remove the heading',
    ]);
  });

  it('a plain title right above a styled title of its own level is its label; above a plain one it is empty', async () => {
    // A student team's open positions (held out): `### Non-Technical Roles` over `### ___PR___`.
    const page = (next: string) => `# Join us\n\n### ___Mechanical___\n\nMount sensors.\n\n### Non-Technical Roles\n### ${next}\n\nPresent our work.\n`;
    expect(await found(page('___PR___'))).toEqual([]);
    expect(await found(page('PR'))).toEqual(['7:1-7:24: Section `Non-Technical Roles` is empty: nothing follows its heading; write it, or remove the heading']);
    // A role's own title over the next role's, styled (a city's handbook of roles, held out): a section left empty.
    expect(await found('# Roles\n\n## GIS Developer\n\n## **GIS Program Manager**\n\nManages the GIS team.\n')).toEqual(['3:1-3:17: Section `GIS Developer` is empty: nothing follows its heading; write it, or remove the heading']);
  });
});
