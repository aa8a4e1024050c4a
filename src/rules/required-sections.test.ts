import { describe, expect, it } from 'vitest';
import { describeDocExamples, formatMessage, runRule } from '../../test/helpers/rule-harness.js';
import { folderOf } from '../document/document-kind.js';
import { requiredSections } from './required-sections.js';

describeDocExamples(requiredSections);

const three = (body: string) => `# Role\n\n${body}\n`;
// Most documents here are skeletons of headings: whether a section is empty is tested on its own.
const missing = async (markdown: string) =>
  (await runRule(requiredSections, markdown, { allowEmpty: true })).map((m) => m.expected?.[0]);

describe('required-sections: what counts as a section heading', () => {
  it.each([
    ['Key Responsibilities', 'Qualifications', 'Leadership skills'],
    ["What You’ll Do", "What We're Looking For", 'People Leadership'],
    ['Duties:', 'Must-haves', 'LEADERSHIP'],
    ['Responsibilities of a CTO', 'Requirements for this role', 'Leadership & Influence'],
    ['Job Responsibilities', 'Role Requirements', 'Leadership and Management'],
    ['Responsibilites', 'Qualifcations', 'Leadershp'],
    ['🚀 What you will be doing', '**Required Skills**', 'Leadership Expectations'],
    ['主な責任', '応募資格', 'リーダーシップ'],
    ['インシデントリードの責任', '必須スキル', 'リーダーシップ'],
    ['Your day-to-day', 'You might be a good fit if you', 'Leadership'],
    ["What you'll own", 'Knowledge, Skills and Abilities', 'Leadership'],
    ['Responsibilities include:', 'The ideal candidate', 'Leadership'],
    ["What you'll achieve", "What you'll need", 'Leadership'],
    ['1. Responsibilities', '2) Requirements', '3 - Leadership'],
    ['I. RESPONSIBILITIES', 'B) Qualifications', '(c) Leadership'],
    ['Section 1: Duties', 'Part 2 – Requirements', '4.1 Leadership skills'],
    ['Main Duties', 'Person Specification', 'Line Management'],
    ['Deine Aufgaben', 'Das bringst du mit', 'Führungsverantwortung'],
    ['Vos missions', 'Profil recherché', 'Encadrement'],
    ['Responsabilidades', 'Requisitos', 'Liderazgo'],
    ["What you'll be responsible for", 'Minimum Requirements', 'Leadership Qualities'],
    ['Your tasks', 'Desired skills', 'Leadership'],
    ['Key duties', 'You are:', 'People management'],
    ['Key Accountabilities', 'Essential Criteria', 'Supervisory Responsibilities'],
    ['Your Responsibilities', 'Skills, Knowledge and Experience', 'Managing Others'],
    ['You will:', 'Technical Requirements', 'Leadership'],
    ['Your mission', 'What we need from you', 'Leadership'],
    ["You'll", 'Desired experience', 'Leadership'],
    ['Day to day', 'About the candidate', 'Leadership'],
  ])('%s / %s / %s name all three', async (r, q, l) => {
    expect(await missing(three(`## ${r}\n\n## ${q}\n\n### ${l}`))).toEqual([]);
  });

  it.each([
    ['Strategic Leadership', 'a topic, not the section'],
    ['Readership', 'a typo must keep the first letter'],
    ['Leadership Principles of Amazon Web Services Team', 'too many other words'],
    ['Thought leadership', 'another kind of leadership'],
    ['I lead', 'a Roman numeral needs its full stop'],
    ['Leadership 101', 'a number after the title is part of it'],
  ])('`%s` is not Leadership (%s)', async (heading) => {
    expect(await missing(three(`## Responsibilities\n\n## Requirements\n\n## ${heading}`))).toEqual(['Leadership']);
  });

  it('a team page\'s Mission or Profile is no section of another language one letter away', async () => {
    expect(await missing(three('## Mission\n\n## Requirements\n\n## Leadership'))).toEqual(['Responsibilities']);
    expect(await missing(three('## Responsibilities\n\n## Profile\n\n## Leadership'))).toEqual(['Requirements']);
  });

  it('bold, italic and colon-ended lines under a title count when the document has no `##` heading', async () => {
    const exported = '# Support Engineer\n\n**Key Responsibilities**\n\n- Answer tickets.\n\n**Requirements**:\n\n- Two years.\n\nLeadership:\n- Trains new hires.\n';
    expect(await missing(exported)).toEqual([]);
    expect(await missing(exported.replace('**Requirements**:', '_What you will bring_'))).toEqual([]);
    // A colon line counts only above a list; a bold line only when it is the whole line.
    expect(await missing(exported.replace('Leadership:\n- Trains new hires.', 'Leadership:\n\nTrains new hires.'))).toEqual(['Leadership']);
    expect(await missing(exported.replace('**Requirements**:', '**Requirements** are listed below'))).toEqual(['Requirements']);
    // Inside a list item a bold line belongs to the item.
    expect(await missing(exported.replace('**Requirements**:', '- **Requirements**'))).toEqual(['Requirements']);
  });

  it('numbered title lines count under a title, as a paste numbers its sections', async () => {
    // Markdown reads `1. Responsibilities` as an ordered list of one item; Roman numerals and
    // letters stay paragraphs, which bare-line headings take.
    const paste = 'Job Title: Data Analyst\n\n1. Responsibilities\n\n• Analyse product data.\n\n2. Requirements\n\n• SQL.\n\n3. Leadership\n\n• Mentor juniors.\n';
    expect(await missing(paste)).toEqual([]);
    expect(await missing(paste.replace(/^(\d)\. /gm, (_, n: string) => `${'I'.repeat(Number(n))}. `))).toEqual([]);
    // A numbered list of steps is not a section title, and a long numbered item is content.
    expect(await missing(paste.replace('3. Leadership\n\n', '3. Leadership\n4. Travel\n\n'))).toEqual(['Leadership']);
  });

  it('HTML headings count: with attributes, inner tags, entities, over several lines', async () => {
    const html = '# Role\n\n<h2 id="duties">Key Responsibilities</h2>\n\n- a\n\n<H3 class="x">\n  <span>What we&apos;re looking for</span>\n</H3>\n\n- b\n\n<h2>Leadership</h2>\n';
    expect(await missing(html)).toEqual([]);
    // An HTML block holding a heading and more is not a heading; nor is a heading tag left open.
    expect(await missing(html.replace('<h2>Leadership</h2>', '<h2>Leadership</h2><p>Coach.</p>'))).toEqual(['Leadership']);
    expect(await missing(html.replace('<h2>Leadership</h2>', '<h2>Leadership'))).toEqual(['Leadership']);
    // A post pasted as HTML (an applicant-tracking system's export): bold lines and heading lines of its blocks.
    const pasted = [
      '---',
      'title: Staff Engineer',
      '---',
      '',
      "<p><strong>About the role</strong></p>\n<p>We are hiring.</p>\n<p><strong>What you'll do</strong></p>",
      '<ul>\n<li>Set direction</li>\n</ul>',
      "<div><b>What we&#39;re looking for:</b></div>\n<ul><li>Go</li></ul>\n<p class=\"x\"><strong>Leadership</strong></p>\n<ul><li>Coach</li></ul>",
      '',
    ].join('\n');
    expect(await missing(pasted)).toEqual([]);
    expect(await missing(pasted.replace('<strong>Leadership</strong>', 'Also:'))).toEqual(['Leadership']);
    // A bold run inside a line of text is no title.
    expect(await missing(pasted.replace('<div><b>What we&#39;re looking for:</b></div>', '<p>Read <b>Requirements</b> below.</p>'))).toEqual(['Requirements']);
    // Heading elements on lines of a larger HTML block are headings.
    expect(await missing('<div class="job">\n<h2>Responsibilities</h2>\n<ul><li>Build</li></ul>\n<h2>Requirements</h2>\n<h2 id="lead">Leadership</h2>\n</div>\n')).toEqual([]);
    // Collapsible sections: a summary on the line of its details or on its own, its words in bold or not.
    const collapsible = '# Role\n\n<details><summary>Responsibilities</summary>\n\n- a\n\n</details>\n<details>\n  <summary><b>Requirements</b></summary>\n\n- b\n\n</details>\n\n## Leadership\n';
    expect(await missing(collapsible)).toEqual([]);
    expect(await missing(collapsible.replace('<summary><b>Requirements</b></summary>', '<summary>Notes</summary>'))).toEqual(['Requirements']);
    // An HTML heading below the title makes the sections, as a `##` heading does.
    expect(await missing('# Role\n\n<h2>About us</h2>\n\n**Responsibilities**\n\n- a\n\n## Requirements\n\n## Leadership\n')).toEqual(['Responsibilities']);
  });

  it('a bold line under a `##` heading is a topic of that section, not a section', async () => {
    expect(await missing('# Staff Engineer\n\n## Responsibilities\n\n**Leadership**\n\n- Mentor.\n\n## Requirements\n\n- Go.\n')).toEqual(['Leadership']);
  });

  it('a Japanese heading that names something else of an owner is not a section', async () => {
    expect(await missing(three('## インシデント中\n\n## 応募資格\n\n## リーダーシップ'))).toEqual(['Responsibilities']);
    expect(await missing(three('## チームの概要\n\n## 応募資格\n\n## リーダーシップ'))).toEqual(['Responsibilities']);
  });

  it("`What you'll be` is not `What you'll do`: typos are judged word by word", async () => {
    expect(await missing(three("## What you'll be\n\n## Requirements\n\n## Leadership"))).toEqual(['Responsibilities']);
  });

  it('a heading inside a block quote or list item still counts; a bold line does not', async () => {
    const md = '# Role\n\n> ## Responsibilities\n\n- ## Requirements\n\n**Leadership**\n';
    expect(await missing(md)).toEqual(['Leadership']);
  });
});

describe('required-sections: headings startups write', () => {
  it.each([
    ["You'll be a great fit if you have", 'Requirements'],
    ["You'll be great if", 'Requirements'],
    ["You'll thrive here if you", 'Requirements'],
    ['Is this you?', 'Requirements'],
    ['What makes you a good fit', 'Requirements'],
    ["We're looking for someone who", 'Requirements'],
    ["We'd love to hear from you if you have", 'Requirements'],
    ["What you'll need to succeed", 'Requirements'],
    ['Ideally, you have', 'Requirements'],
    ['Your responsibilities will include', 'Responsibilities'],
    ['What your day looks like', 'Responsibilities'],
    ["How you'll make an impact", 'Responsibilities'],
  ])('`%s` names %s, a closing `if …` read as the rest', async (heading, section) => {
    const others = section === 'Requirements' ? "## What you'll do\n\n- Ship.\n\n" : '## Requirements\n\n- Go.\n\n';
    expect(await missing(`# Engineer\n\n${others}## ${heading}\n\n- Something.\n\n## Leadership\n\n- Mentor.\n`)).toEqual([]);
  });

  it('a condition is only a closing `if` with `you` or `have` after it: `If you`, `What if` name nothing', async () => {
    for (const heading of ['If you', 'What if', 'Is this you if anything']) {
      expect(await missing(`# Engineer\n\n## What you'll do\n\n- Ship.\n\n## ${heading}\n\n- Go.\n\n## Leadership\n\n- Mentor.\n`)).toEqual(['Requirements']);
    }
  });
});

describe('required-sections: a job post known by what it offers', () => {
  it('benefits, perks or an equal-opportunity statement beside role sections make a job post: no Leadership needed', async () => {
    expect(await missing("# Backend Engineer\n\n## What you'll do\n\n## What we're looking for\n\n## Perks & benefits\n")).toEqual([]);
    expect(await missing('# Backend Engineer\n\n## Responsibilities\n\n## Equal Opportunity Employer\n')).toEqual(['Requirements']);
  });

  it.each(['Your role', 'The opportunity', 'Your mission'])('in a job post, `%s` names its Responsibilities', async (heading) => {
    expect(await missing(`# Backend Engineer\n\n## ${heading}\n\n## What you bring\n\n## Salary\n`)).toEqual([]);
  });

  it('alone they settle nothing: a page about benefits or hiring is not a job post', async () => {
    expect(await missing('# Interviewing with us\n\n## Interview process\n\n## Benefits\n')).toEqual([]);
    // A team page (members, mission) stays a team page, whatever it says of benefits.
    expect(await missing('# Platform team\n\n## Members\n\n## Mission\n\n## Responsibilities\n\n## Benefits\n')).toEqual([]);
    // Without them, a document with role sections keeps the default three.
    expect(await missing("# Backend Engineer\n\n## What you'll do\n\n## What we're looking for\n")).toEqual(['Leadership']);
  });
});

describe('required-sections: a ladder level known by its title', () => {
  it.each(['Senior Engineer (L4)', 'Staff Engineer - IC6', 'Product Designer, Level 3', 'Engineering Manager: M2', 'L5'])(
    '`%s` is a ladder level: its skills and impact are its expectations, no Requirements or Leadership asked',
    async (title) => {
      expect(await missing(`# ${title}\n\n## Technical skills\n\n## Impact\n`)).toEqual([]);
      expect(await missing(`# ${title}\n\n## Overview\n`)).toEqual(['Expectations']);
    },
  );

  it.each(['What we expect', 'Expected behaviours', 'Performance expectations', 'Expectations at this level', 'Technical skills', 'Outcomes'])(
    '`%s` names the expectations of a ladder level',
    async (heading) => {
      expect(await missing(`# Senior Engineer (L4)\n\n## ${heading}\n\n- Ships.\n`)).toEqual([]);
    },
  );

  it('a title without a level settles nothing', async () => {
    expect(await missing('# Senior Engineer\n\n## Technical skills\n\n## Impact\n')).toEqual(['Responsibilities', 'Requirements', 'Leadership']);
  });
});

describe('required-sections: the folder a document sits in', () => {
  it.each([
    ['jobs/a.md', '/repo', 'jobs'],
    ['a.md', '/repo/Jobs', 'jobs'],
    ['./a.md', '/repo/jobs', 'jobs'],
    ['../ladders/l1.md', '/repo/jobs', 'ladders'],
    ['/srv/roles/r.md', '/repo', 'roles'],
    ['C:\\repo\\positions\\p.md', 'D:\\elsewhere', 'positions'],
    ['a.md', '/', undefined],
  ])('%s from %s sits in %s, wherever the run started', (path, cwd, folder) => {
    expect(folderOf({ path, cwd })).toBe(folder);
  });

  it.each([
    ['README.md', '/src/jobs', undefined],
    ['a.md', '/src/repo/jobs', 'jobs'],
    ['jobs/a.md', '/src/repo', 'jobs'],
    ['../jobs/a.md', '/src/repo', undefined],
  ])('%s from %s, in the project /src/%s..., sits in %s (the project folder and those above it name nothing)', (path, cwd, folder) => {
    const projectRoot = cwd === '/src/jobs' ? '/src/jobs' : '/src/repo';
    expect(folderOf({ path, cwd, data: { projectRoot } })).toBe(folder);
  });
});

describe('required-sections: one heading naming several sections', () => {
  const missing = async (markdown: string) => (await runRule(requiredSections, markdown)).map((m) => m.expected?.[0]);

  it('counts each section a joined heading names, its parts read as headings are (typos included)', async () => {
    expect(await missing('# Role\n\n## Responsibilities & Requirements\n\n- Build APIs in Go\n\n## Leadership and Collaboration\n\n- Mentor\n')).toEqual([]);
    expect(await missing('# Role\n\n## Respnsibilities / Requirments\n\n- Build APIs in Go\n\n## Leadership\n\n- Mentor\n')).toEqual([]);
  });

  it('names nothing where no part names a section, and a joined heading with nothing under it is empty for each', async () => {
    expect(await missing('# Role\n\n## Research and Development\n\n- Labs\n\n## Responsibilities\n\n- Build\n\n## Requirements\n\n- Go\n')).toEqual(['Leadership']);
    const messages = await runRule(requiredSections, '# Role\n\n## Responsibilities and Requirements\n\n## Leadership\n\n- Mentor\n');
    expect(messages.map((m) => m.message)).toEqual([
      'Section `Responsibilities` is empty: nothing follows its heading `Responsibilities and Requirements`; write the section, or remove the heading',
      'Section `Requirements` is empty: nothing follows its heading `Responsibilities and Requirements`; write the section, or remove the heading',
    ]);
  });
});

describe('required-sections: headings pasted with invisible characters', () => {
  it('names its section as a reader sees it (invisible-character reports the character)', async () => {
    const doc = '# Role\n\n## Responsi\u00ADbilities\n\n- Build\n\n## Require\u200Bments\n\n- Go\n\n## Leader\u2060ship\n\n- Mentor\n';
    expect(await runRule(requiredSections, doc)).toEqual([]);
  });
});

describe("required-sections: a repository's own files", () => {
  // The Contributor Covenant's headings: "Enforcement Responsibilities" names a role section.
  const covenant = '# Contributor Covenant Code of Conduct\n\n## Our Pledge\n\nWe pledge.\n\n## Enforcement Responsibilities\n\nCommunity leaders enforce it.\n\n## Scope\n\nAll spaces.\n';

  it.each(['CODE_OF_CONDUCT.md', 'docs/code-of-conduct.md', 'CONTRIBUTING.md', '.github/PULL_REQUEST_TEMPLATE/feature.md', '.github/ISSUE_TEMPLATE/bug.md', 'CHANGELOG.md'])('%s is no role document', async (path) => {
    expect(await runRule(requiredSections, covenant, {}, path)).toEqual([]);
  });

  it('names that may be a role\'s page (roles/security.md) are judged by their content, as is the same text under another name', async () => {
    const missing = async (path: string) => (await runRule(requiredSections, covenant, {}, path)).map((m) => m.expected?.[0]);
    expect(await missing('roles/security.md')).toEqual(['Responsibilities']);
    expect(await missing('conduct.md')).toEqual(['Responsibilities', 'Requirements', 'Leadership']);
  });

  it('a frontmatter `kind:` still wins over the name', async () => {
    expect((await runRule(requiredSections, `---\nkind: job-post\n---\n\n${covenant}`, {}, 'CONTRIBUTING.md')).map((m) => m.expected?.[0])).toEqual(['Responsibilities', 'Requirements']);
  });
});

describe('required-sections: where the finding goes', () => {
  it('on the first depth-1 heading, spanning it', async () => {
    const [m] = await runRule(requiredSections, 'Intro.\n\n## Responsibilities\n\n# The Title\n\n## Requirements\n\n## Leadership skills\n', {
      sections: [{ name: 'Benefits', aliases: [] }],
    });
    expect(formatMessage(m!)).toMatch(/^5:1-5:12: Missing section `Benefits`/);
  });

  it('on the frontmatter title line when there is no # heading', async () => {
    const [m] = await runRule(requiredSections, '---\nlayout: job\ntitle: "Analyst"\n---\n\n## Duties\n', {
      sections: [{ name: 'Benefits', aliases: [] }],
    });
    expect(formatMessage(m!)).toMatch(/^3:1-3:17: /);
  });

  it('on the title line of TOML frontmatter, whose kind settles the sections as YAML\'s does', async () => {
    const [m] = await runRule(requiredSections, '+++\ntitle = "Analyst"\n+++\n\n## Duties\n', {
      sections: [{ name: 'Benefits', aliases: [] }],
    });
    expect(formatMessage(m!)).toMatch(/^2:1-2:18: /);
    expect(await runRule(requiredSections, '+++\ntitle = "Org chart"\nkind = "other"\n+++\n\n## People\n')).toEqual([]);
  });

  it('at 1:1 otherwise, and an empty document lacks every section', async () => {
    const messages = await runRule(requiredSections, '');
    expect(messages.map(formatMessage)).toEqual([
      '1:1: Missing section `Responsibilities`: add a heading such as `Responsibilities`, `Duties`, `Duties and Responsibilities`; the document has no headings',
      '1:1: Missing section `Requirements`: add a heading such as `Requirements`, `Qualifications`, `Minimum qualifications`; the document has no headings',
      '1:1: Missing section `Leadership`: add a heading such as `Leadership`, `Leadership skills`, `Leadership responsibilities`; the document has no headings',
    ]);
  });

  it('lists at most six headings found, then says how many more', async () => {
    const body = Array.from({ length: 9 }, (_, i) => `## Part ${i + 1}`).join('\n\n');
    const [m] = await runRule(requiredSections, body, { sections: [{ name: 'Benefits', aliases: [] }] });
    expect(m!.reason).toBe(
      'Missing section `Benefits`: add a heading such as `Benefits`; headings found: `Part 1`, `Part 2`, `Part 3`, `Part 4`, `Part 5`, `Part 6` and 3 more',
    );
  });
});

describe('required-sections: a section with nothing under its heading', () => {
  const found = async (markdown: string, options?: object) => (await runRule(requiredSections, markdown, options)).map(formatMessage);

  it('is reported at its heading: nothing before the next heading as high, or only a comment, a rule or a placeholder', async () => {
    const doc = three('## Responsibilities\n\n<!-- list them -->\n\n---\n\n## Requirements\n\nTBD.\n\n## Leadership\n\n[Add leadership expectations here]');
    expect(await found(doc)).toEqual([
      '3:1-3:20: Section `Responsibilities` is empty: nothing follows its heading `Responsibilities`; write the section, or remove the heading',
      '9:1-9:16: Section `Requirements` holds only a placeholder (`TBD.`) under its heading `Requirements`: write the section, or remove the heading',
      '13:1-13:14: Section `Leadership` holds only a placeholder (`[Add leadership expectations here]`) under its heading `Leadership`: write the section, or remove the heading',
    ]);
    expect(await found(doc, { allowEmpty: true })).toEqual([]);
    expect(await found(three('## Responsibilities\n\n- Build\n\n## Requirements\n\n_To be announced_\n\n## Leadership\n\n**TBA**'))).toEqual([
      '7:1-7:16: Section `Requirements` holds only a placeholder (`To be announced`) under its heading `Requirements`: write the section, or remove the heading',
      '11:1-11:14: Section `Leadership` holds only a placeholder (`TBA`) under its heading `Leadership`: write the section, or remove the heading',
    ]);
  });

  it.each([
    ['a subheading, which may be the content', '## Requirements\n\n### Python and Go'],
    ['a template include', '## Requirements\n\n{% include requirements.md %}'],
    ['a picture without alt text', '## Requirements\n\n![](ladder.png)'],
    ['an HTML list', '## Requirements\n\n<ul><li>Go</li></ul>'],
    ['an embedded video', '## Requirements\n\n<iframe src="https://example.com/v"></iframe>'],
    ['a table', '## Requirements\n\n| Skill | Level |\n| --- | --- |\n| Go | 3 |'],
    ['a second heading for the section that has content', '## Requirements\n\n## Qualifications\n\n- Go'],
    ['a deliberate "N/A"', '## Requirements\n\nN/A'],
  ])('is not reported over %s', async (_, requirements) => {
    expect(await found(three(`## Responsibilities\n\n- Build\n\n${requirements}\n\n## Leadership\n\n- Mentor`))).toEqual([]);
  });

  it('is not judged in a pasted document, where a short line of content may be taken for a title', async () => {
    const paste = 'Senior Engineer\n\nResponsibilities\n\nOwn the billing service.\n\nRequirements\n\nFive years of Go\n\nLeadership\n\nMentors others\n';
    expect(await found(paste)).toEqual([]);
  });

  it('is judged only where Markdown headings are all that shows the section: a bold line or a table label has no body to read', async () => {
    const doc = '# Role\n\n## Responsibilities\n\n- Build\n\n## Requirements\n\n## Leadership\n\n| Requirements | Go |\n| --- | --- |\n| Leadership | Mentors |\n';
    expect(await found(doc)).toEqual([]);
  });
});
