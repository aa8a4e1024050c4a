import { describe, expect, it } from 'vitest';
import { describeDocExamples, formatMessage, runRule } from '../../test/helpers/rule-harness.js';
import { duplicateBullet } from './duplicate-bullet.js';

describeDocExamples(duplicateBullet);

const found = async (markdown: string, options?: object) => (await runRule(duplicateBullet, markdown, options)).map(formatMessage);

describe('duplicate-bullet', () => {
  it('compares bullets within a branch of a template\'s `{% if %}`: the page shows one branch', async () => {
    const page = '## Apply\n\n{% if open %}\n\n- Send your CV\n- Tell us why\n\n{% else %}\n\n- Send your CV\n- Send your CV\n\n{% endif %}\n';
    expect((await runRule(duplicateBullet, page)).map((m) => `${m.line}:${m.column}`)).toEqual(['11:3']);
  });

  it('compares word-processor bullets and Markdown bullets alike, at their original columns', async () => {
    expect(await found('Team\n\n  • Culture: Foster innovation culture\n\n- culture: foster innovation culture!\n')).toEqual([
      '5:3-5:38: Exact duplicate (apart from case and punctuation): this bullet duplicates the bullet on line 3; remove one of them',
    ]);
  });

  it('reads `&` as `and`, as a reader does: the same bullet, differently punctuated', async () => {
    expect(await found('- Partner with PMs & engineers.\n- Partner with PMs and engineers\n')).toEqual([
      '2:3-2:33: Exact duplicate (apart from case and punctuation): this bullet duplicates the bullet on line 1; remove one of them',
    ]);
  });

  it('keeps the marks that name a language apart: `C` and `C++`, `F` and `F#`, are two bullets', async () => {
    expect(await found('- C\n  - .c for source files\n- C++\n  - .cpp for source files\n- C#\n- Build services in C++ daily\n- Build services in C++ daily.\n')).toEqual([
      '7:3-7:31: Exact duplicate (apart from case and punctuation): this bullet duplicates the bullet on line 6; remove one of them',
    ]);
  });

  it('reports the same words in another order, across sections where the scope is the document', async () => {
    const doc = '## Responsibilities\n\n- Collaborate with product and design.\n\n## Requirements\n\n- Collaborate with design and product\n';
    expect(await found(doc)).toEqual([]);
    expect(await found(doc, { scope: 'document' })).toEqual([
      '7:3-7:38: Near duplicate (the same words in another order): this bullet duplicates the bullet on line 3; remove one of them',
    ]);
  });

  it('compares the items of HTML lists with each other and with Markdown items, at their own columns', async () => {
    const html = ['<ul>', '<li>Mentor <b>senior</b> engineers</li>', '<li class="x">', '  Mentor senior engineers.', '</li>', '</ul>', '', '- Mentor senior engineers', ''].join('\n');
    expect(await found(html)).toEqual([
      '4:3-4:27: Exact duplicate (apart from case and punctuation): this bullet duplicates the bullet on line 2; remove one of them',
      '8:3-8:26: Exact duplicate: this bullet duplicates the bullet on line 2; remove one of them',
    ]);
  });

  it('leaves the lists in the cells of an HTML table alone: a ladder repeats a level in the next by design', async () => {
    const table = ['<table>', '<tr><td><ul><li>Writes tests</li></ul></td>', '', '<td><ul><li>Writes tests</li></ul></td></tr>', '</table>', '', '<ul><li>Writes tests</li><li>Writes tests</li></ul>', ''].join('\n');
    // The blank line splits the table into two HTML blocks; the list after the table is compared.
    expect(await found(table)).toEqual(['7:30-7:42: Exact duplicate: this bullet duplicates the bullet on line 7; remove one of them']);
  });

  it('compares a Markdown list in an HTML table cell (`<td markdown="1">`) within its cell: the cells of a row are levels side by side', async () => {
    const cell = (items: string) => `<td markdown="1">\n\n${items}\n\n</td>`;
    const table = ['<table>', '<tr>', cell('- Deliver results.\n- Strategic thinking.'), cell('- Strategic thinking.\n- Deliver results.\n- Deliver results.'), '</tr>', '</table>', '', '- Deliver results.', ''].join('\n');
    // The repeat inside the second cell is reported; across the cells, or after the table against a cell, nothing.
    expect(await found(table)).toEqual(['13:3-13:19: Exact duplicate: this bullet duplicates the bullet on line 12; remove one of them']);
  });

  it('reads a list of one item under a paragraph as a note on it: the same note under two steps is no repeat', async () => {
    const steps = '## Data gathering\n\n[ ] Share the logs\n\n- _Link to the docs_\n\n[ ] Pin the data\n\n- _Link to the docs_\n\nThen\n\n- Ask the team\n- Ask the team\n';
    expect(await found(steps)).toEqual(['14:3-14:15: Exact duplicate: this bullet duplicates the bullet on line 13; remove one of them']);
    // Lists of two items under the steps are compared across them, as before.
    expect(await found(steps.replace(/- _Link to the docs_/g, '- _Link to the docs_\n- _Ask in the channel_'))).toHaveLength(3);
  });

  it('leaves the placeholders a template repeats (`* TBD`) alone, and still reports a repeated bullet beside them', async () => {
    expect(await found('## Areas of growth\n\n* TBD\n* TBD\n* To be determined\n* To be determined\n* Mentoring\n* Mentoring\n')).toEqual(['8:3-8:12: Exact duplicate: this bullet duplicates the bullet on line 7; remove one of them']);
  });

  it('compares a label and its value (`**Deadline:** August 31st`) within its list only: two postings give the same fields', async () => {
    const postings = '## Open positions\n\n> Postdoc on AI\n\n- **How to apply:** [Portal](https://jobs.example.org/1)\n- **Deadline:** August 31st\n\n> PhD on AI\n\n- **How to apply:** [Portal](https://jobs.example.org/1)\n- **Deadline:** August 31st\n- **Deadline:** August 31st\n';
    expect(await found(postings)).toEqual(['12:3-12:28: Exact duplicate: this bullet duplicates the bullet on line 11; remove one of them']);
  });

  it('leaves the repeated steps of a schedule alone, and still reports a repeated bullet beside them', async () => {
    const schedule = '## Interviews\n\n- (45-60m) Technical interview\n- (45-60m) Technical interview\n- 12:30 Lunch\n- 12:30 Lunch\n- Meet the team\n- Meet the team\n';
    expect(await found(schedule)).toEqual(['8:3-8:16: Exact duplicate: this bullet duplicates the bullet on line 7; remove one of them']);
  });

  it('points its cause at the first bullet and keeps the text as actual', async () => {
    const [m] = await runRule(duplicateBullet, '- Ship it\n- Ship it\n');
    expect(m!.actual).toBe('Ship it');
    expect((m!.cause as { line: number }).line).toBe(1);
  });

  it('compares a nested item with the items of its own list only, on its own text', async () => {
    expect(await found('- Lead the team\n  - Hire engineers\n  - Hire engineers\n- Hire engineers\n')).toEqual([
      '3:5-3:19: Exact duplicate: this bullet duplicates the bullet on line 2; remove one of them',
    ]);
    expect(await found('- Criteria for code\n  - Test coverage\n- Criteria for docs\n  - Test coverage\n')).toEqual([]);
  });

  it('compares one-word items within their list only: across lists they are names or labels', async () => {
    expect(await found('## Team\n\n- Olaf\n- Ada\n\n## On call\n\n- Olaf\n')).toEqual([]);
    expect(await found('- Olaf\n- Ada\n- Olaf\n')).toEqual([
      '3:3-3:7: Exact duplicate: this bullet duplicates the bullet on line 1; remove one of them',
    ]);
  });

  it('compares an entry of a person (a link to their profile) within its list only: one maintainer of two projects is no repeat', async () => {
    // A query engine's roles page (held out): each client's maintainers listed under a line naming it.
    const entry = '- [nineinchnick](https://github.com/nineinchnick) Jan Waś';
    expect(await found(`## Maintainers\n\n[go-client](/go) - Trino client for Go\n\n${entry}\n\n[js-client](/js) - Trino client for JavaScript\n\n- [regadas](https://github.com/regadas) Filipe Regadas\n${entry}\n`)).toEqual([]);
    expect(await found(`## Maintainers\n\n${entry}\n- [regadas](https://github.com/regadas) Filipe Regadas\n${entry}\n`)).toEqual([
      '5:3-5:58: Exact duplicate: this bullet duplicates the bullet on line 3; remove one of them',
    ]);
    // The same entry linking elsewhere than a profile is compared across the section's lists as before.
    const other = '- [nineinchnick](https://example.org/x/nineinchnick) Jan Waś';
    expect(await found(`## Maintainers\n\n[go-client](/go) - Trino client for Go\n\n${other}\n\n[js-client](/js) - Trino client for JavaScript\n\n- [regadas](https://github.com/regadas) Filipe Regadas\n${other}\n`)).toHaveLength(1);
  });

  it('leaves a form to fill in alone: a file its name calls a template repeats its slots', async () => {
    // A team page template (held out): `* list item` twice under what the team looks for.
    const slots = '## We look for\n\n* list item\n* list item\n';
    expect(await runRule(duplicateBullet, slots, {}, 'leadership/inclusive-leadership-template.md')).toEqual([]);
    expect(await runRule(duplicateBullet, slots, {}, 'leadership/team.md')).toHaveLength(1);
  });

  it('reads an item without its HTML: a control comment or a <br> is markup, not words', async () => {
    expect(await found('- Ship it <!-- rolelint-disable-line typo -->\n- Ship it\n- Ship<br>it\n')).toEqual([
      '2:3-2:10: Exact duplicate: this bullet duplicates the bullet on line 1; remove one of them',
    ]);
  });

  it('reads an HTML heading inside an HTML block as a section\'s start, as a Markdown title is', async () => {
    const block = (between: string) => `<h6>Relevant skills include:</h6>\n<ul>\n<li>AWS</li>\n<li>Spring Cloud</li>\n</ul>\n${between}<ul>\n<li>AWS</li>\n<li>Spring Cloud</li>\n</ul>\n`;
    expect(await found(block('<h6>Very highly regarded:</h6>\n'))).toEqual([]);
    expect(await found(block(''))).toEqual([
      '7:5-7:8: Exact duplicate: this bullet duplicates the bullet on line 3; remove one of them',
      '8:5-8:17: Exact duplicate: this bullet duplicates the bullet on line 4; remove one of them',
    ]);
  });

  it('compares checkboxes within their list only: a self-assessment repeats its scale after each statement', async () => {
    const scale = '- [ ] **I still can\'t match the expectation**\n- [ ] **I deliver what\'s expected**\n';
    expect(await found(`## Impact\n\n* You own a process.\n\n${scale}\n* You coach your colleagues.\n\n${scale}`)).toEqual([]);
    expect(await found('## Checklist\n\n- [ ] Write the release notes\n- [x] Tag the release\n- [ ] Write the release notes\n')).toEqual([
      '5:7-5:30: Exact duplicate: this bullet duplicates the bullet on line 3; remove one of them',
    ]);
  });

  it('leaves items filled by a site template (`{{ person.name }}`), in Markdown or HTML; the same words without the tag are a repeat', async () => {
    const loop = (list: string) => `{% for person in site.data.${list} %}\n<ul>\n<li>{{ person.name }} ({{ person.github }})</li>\n</ul>\n{% endfor %}\n`;
    expect(await found(`## Members\n\n${loop('members')}\n## Emeriti\n\n${loop('emeriti')}\n- {{ page.lead }}\n- {{ page.lead }}\n`)).toEqual([]);
    expect(await found('<ul>\n<li>Review the pull requests of the week</li>\n<li>Review the pull requests of the week</li>\n</ul>\n')).toEqual([
      '3:5-3:41: Exact duplicate: this bullet duplicates the bullet on line 2; remove one of them',
    ]);
  });

  it('counts link destinations: the same words linking elsewhere are another bullet', async () => {
    expect(await found('- [Service logs](https://prod.example)\n- [Service logs](https://dev.example)\n')).toEqual([]);
    expect(await found('- [Service logs](https://prod.example)\n- [Service logs](https://prod.example)\n')).toHaveLength(1);
  });

  it('skips label items whose content is their nested list', async () => {
    expect(await found('- Scope:\n  - Own a service\n- Scope:\n  - Own a product\n')).toEqual([]);
  });

  it('gives the same answer whether two or three sections repeat a bullet: none by default, every repeat across the document', async () => {
    const two = '## A\n\n- 1-2 hours/week\n\n## B\n\n- 1-2 hours/week\n';
    const three = `${two}\n## C\n\n- 1-2 hours/week\n`;
    expect(await found(two)).toEqual([]);
    expect(await found(three)).toEqual([]);
    expect(await found(two, { scope: 'document' })).toHaveLength(1);
    expect(await found(three, { scope: 'document' })).toHaveLength(2);
  });

  it('a bold line over a list titles its section however long: two profiles asking the same are parallel sections', async () => {
    const profiles = (title: string) => `## Profiles\n\n**Profile 3: Testing / Spring Boot (API tests)**\n\n- You have passed the databases course.\n- You know Cypress.\n\n${title}\n\n- You have passed the databases course.\n- You know Angular.\n`;
    expect(await found(profiles('**Profile 4: Full stack (Spring Boot + Angular) - Managing technical debt (research and development)**'))).toEqual([]);
    // A bold sentence that titles no list stays a sentence: the repeat below it is in the section above.
    expect(await found(profiles('**Profile 4: Full stack (Spring Boot + Angular) - Managing technical debt (research and development)**\n\nWe ask this of both profiles.'))).toHaveLength(1);
  });

  it('a subsection is a section of its own: a ladder level restating the level below is not reported', async () => {
    const ladder = '## Level 1\n\n### Delivery\n\n- Ships small features\n\n## Level 2\n\n### Delivery\n\n- Ships small features\n- Ships projects\n';
    expect(await found(ladder)).toEqual([]);
    // The same list pasted twice in one section is.
    expect(await found('## Delivery\n\n- Ships small features\n- Reviews code\n\n- Ships small features\n- Reviews code\n')).toHaveLength(2);
  });

  it.each([
    ['onboarding vs offboarding (two letters apart)', 'Onboarding information for new members', 'Offboarding information for new members'],
    ['a changed content word', 'Experience with Python and SQL in production', 'Experience with Python and Go in production'],
    ['a different number', 'At least 5 years of experience in the field', 'At least 3 years of experience in the field'],
    ['a typo that changes the first letter', 'Manage the budget for the whole team', 'Nanage the budget for the whole team'],
  ])('does not call %s a near duplicate', async (_, a, b) => {
    expect(await found(`- ${a}\n- ${b}\n`)).toEqual([]);
  });

  it('reports a threshold outside 0..1 on the file, as remark-lint rules do', async () => {
    expect((await runRule(duplicateBullet, '- a\n', { threshold: 2 })).map((m) => m.reason)).toEqual([
      'Unexpected `threshold` of `2`, expected a number from 0 to 1',
    ]);
  });
});

describe('duplicate-bullet: items run together on one line', () => {
  it('reads `…partners.Contribute to open source` as two bullets, each compared at its own place', async () => {
    const doc = '- Work with partners.Contribute to open source\n- Ship features weekly\n- Contribute to open source\n';
    expect(await found(doc)).toEqual(['3:3-3:28: Exact duplicate: this bullet duplicates the bullet on line 1; remove one of them']);
    const [message] = await runRule(duplicateBullet, doc.replace('- Contribute to open source', '- Work with partners'));
    expect(message?.place).toMatchObject({ start: { line: 3, column: 3 } });
    expect((message as { cause?: { place?: unknown } })?.cause).toBeDefined();
  });
});
