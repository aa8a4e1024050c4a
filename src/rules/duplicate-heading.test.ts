import { describe, expect, it } from 'vitest';
import { describeDocExamples, formatMessage, runRule } from '../../test/helpers/rule-harness.js';
import { duplicateHeading } from './duplicate-heading.js';

describeDocExamples(duplicateHeading);

const found = async (markdown: string) => (await runRule(duplicateHeading, markdown)).map(formatMessage);

describe('duplicate-heading', () => {
  it('compares headings within a branch of a template\'s `{% if %}`: the page shows one branch; an `if` alone divides nothing', async () => {
    // A research-software association's election page (held out): a form's heading for each stage.
    const page = [
      '## Elections', '',
      '{% if stage == "nominations" %}', '### Nomination Form', '', 'Nominate here.', '',
      '{%- elsif stage == "closed" -%}', '### Nomination Form', '', 'Nominations are closed.', '',
      '{% else %}', '{% for c in candidates %}', '### Candidate', '{% else %}', '### Candidate', '{% endfor %}', '### Nomination Form', '', 'See you next year.', '',
      '{% endif %}', '',
    ].join('\n');
    expect(await found(page)).toEqual([]);
    const duplicate = (line: number, column: number, first: number) =>
      `${line}:1-${line}:${column}: Duplicate heading \`Form\`: the heading on line ${first} has the same text under the same parent; rename one or merge the two sections`;
    expect(await found('## A\n\n{% if x %}\n### Form\n\n### Form\n{% else %}\nNo.\n{% endif %}\n')).toEqual([duplicate(6, 9, 4)]);
    // Vue's conditional elements, as VitePress renders a jobs page: `v-else`, or `v-if` on the negated condition.
    const vue = (second: string) => `# Jobs\n\n<div v-if="hiring">\n\n## Active roles\n\nA list.\n\n</div>\n${second}\n\n## Active roles\n\nNone open.\n\n</div>\n`;
    expect(await found(vue('<div v-else>'))).toEqual([]);
    expect(await found(vue('<div v-if="!hiring">'))).toEqual([]);
    expect(await found(vue('<div v-if="remote">'))).toHaveLength(1);
    // A negated condition is the other branch wherever it stands.
    expect(await found(vue('\n## Benefits\n\nDental.\n\n<div v-if="!hiring">'))).toEqual([]);
    expect(await found(vue('\n## Benefits\n\nDental.\n\n<div v-else>'))).toHaveLength(1);
    expect(await found('## A\n\n{% if x %}\n### Form\n{% endif %}\n\n### Form\n')).toEqual([duplicate(7, 9, 4)]);
  });

  it('a deeper heading closes nothing; a shallower one starts a new set of siblings', async () => {
    expect(await found('## A\n\n### X\n\n#### Y\n\n### X\n\n## B\n\n### X\n')).toEqual([
      '7:1-7:6: Duplicate heading `X`: the heading on line 3 has the same text under the same parent; rename one or merge the two sections',
    ]);
  });

  it('finds repeated bare-line headings in a pasted document, not the same title under different parents', async () => {
    const paste = [
      'The CTO leads technology.', '',
      'What is a CTO?', '', 'Text here.', '',
      'What is a CTO?', '', 'More text.', '',
      'Required Skills', '', 'Leadership', '', '  • Vision: Strategic vision', '',
      'Best Practices', '', 'Leadership', '', '  • Mentoring: Develop talent', '',
    ].join('\n');
    expect(await found(paste)).toEqual([
      '7:1-7:15: Duplicate heading `What is a CTO?`: the heading on line 3 has the same text under the same parent; rename one or merge the two sections',
    ]);
  });

  it('finds near duplicates among siblings: a plural, a typo, the other spelling, `&` for `and`', async () => {
    expect(await found('## Requirements\n\n## Requirement\n\n## Organisation\n\n## Organization\n\n## Skills & experience\n\n## Skills and Experience\n')).toEqual([
      '3:1-3:15: Near duplicate heading `Requirement` (`requirements`/`requirement`): the heading on line 1 is nearly the same under the same parent; rename one or merge the two sections',
      '7:1-7:16: Near duplicate heading `Organization` (`organisation`/`organization`): the heading on line 5 is the same in the other spelling under the same parent; rename one or merge the two sections',
      '11:1-11:25: Duplicate heading `Skills and Experience`: the heading on line 9 has the same text apart from case and punctuation under the same parent; rename one or merge the two sections',
    ]);
  });

  it('levels, numbers, short names, different first letters and other scripts are different headings', async () => {
    expect(await found('## Engineer I\n\n## Engineer II\n\n## Level 1\n\n## Level 2\n\n## Junior Engineer\n\n## Senior Engineer\n\n## インシデント中\n\n## インシデント後\n')).toEqual([]);
    expect(await found('## Martin\n\n## Martina\n')).toEqual([]);
    // A plus after a word is part of the name: `Principal+` is above `Principal`; `C++` and `C` are read as ever.
    expect(await found('## Principal+ Engineer\n\n## Principal Engineer\n\n## Staff+\n\n## Staff+\n')).toEqual([
      '7:1-7:10: Duplicate heading `Staff+`: the heading on line 5 has the same text under the same parent; rename one or merge the two sections',
    ]);
  });

  it('two words one letter apart that no slip of the keys turns into each other are different headings', async () => {
    // `d` and `v` are far apart on the keyboard: two words, not one mistyped; `i` for `o` is a neighbouring key.
    expect(await found('## Leading a work group\n\n## Leaving a work group\n\n## Responsibilities\n\n## Responsobilities\n')).toEqual([
      '7:1-7:20: Near duplicate heading `Responsobilities` (`responsibilities`/`responsobilities`): the heading on line 5 is nearly the same under the same parent; rename one or merge the two sections',
    ]);
  });

  it('ignores empty headings', async () => {
    expect(await found('##\n\n##\n')).toEqual([]);
  });

  it('a numbered part written at the level of its sections starts their siblings anew; without a series, a repeat is reported', async () => {
    // A hiring challenge's parts, each with its required and optional items, all at one level (held out, in Portuguese).
    const challenge = (second: string) => `# Desafio\n\n## ${'Parte 1 - Fluxo web'}\n\nTexto.\n\n## Itens obrigatórios\n\n- Relatório\n\n## ${second}\n\nTexto.\n\n## Itens obrigatórios\n\n- Evidências\n`;
    expect(await found(challenge('Parte 2 - Endpoints'))).toEqual([]);
    expect(await found(challenge('Endpoints'))).toEqual([
      '15:1-15:22: Duplicate heading `Itens obrigatórios`: the heading on line 7 has the same text under the same parent; rename one or merge the two sections',
    ]);
  });

  it('a group of sections the page repeats for each of several things is no duplicate; one section, or a group pasted with the same text, is', async () => {
    // A lab's hiring page (held out): each post's title in an HTML block, then the same three sections.
    const post = (title: string, need: string) => `<div class="title">${title}</div>\n\nAbout it.\n\n### Required qualifications\n\n- ${need}\n\n### How to apply\n\nWrite to ${title}.\n\n`;
    expect(await found(`# Hiring\n\n${post('Postdoc', 'A PhD')}${post('Coordinator', 'A degree')}`)).toEqual([]);
    // The same group pasted twice, text and all, is a mistake.
    expect((await found(`# Hiring\n\n${post('Postdoc', 'A PhD')}${post('Postdoc', 'A PhD')}`)).map((m) => m.slice(0, 60))).toEqual([
      '19:1-19:28: Duplicate heading `Required qualifications`: the',
      '23:1-23:17: Duplicate heading `How to apply`: the heading on',
    ]);
    // One section repeated alone is a duplicate, whatever its text.
    expect((await found('# Hiring\n\n## Requirements\n\n- Go\n\n## Benefits\n\nEquity.\n\n## Requirements\n\n- Rust\n')).map((m) => m.slice(0, 40))).toEqual([
      '11:1-11:16: Duplicate heading `Requireme',
    ]);
  });

  it('a heading written after each of three items\' headings or more, at their depth, is each item\'s section; twice, or after the same item, it is a duplicate', async () => {
    // A developer competency matrix (held out): each area's heading, then `### 📄 Artifacts Required` at the same depth.
    const area = (name: string, artifact: string) => `### Matrix – ${name}\n\n| Level | Skill |\n| --- | --- |\n| 1 | ${name} |\n\n### Artifacts Required\n\n- ${artifact}\n\n`;
    expect(await found(`## Competencies\n\n${area('Strategy', 'Roadmap')}${area('Quality', 'Test plan')}${area('Process', 'Runbook')}`)).toEqual([]);
    expect((await found(`## Competencies\n\n${area('Strategy', 'Roadmap')}${area('Quality', 'Test plan')}`)).map((m) => m.slice(0, 45))).toEqual(['19:1-19:23: Duplicate heading `Artifacts Requ']);
  });

  it('leaves headings in a block quote alone: a quoted example is not a section', async () => {
    expect(await runRule(duplicateHeading, '## Status\n\nText.\n\n> ## Status\n>\n> An example report.\n')).toEqual([]);
  });
});
