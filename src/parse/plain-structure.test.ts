import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { markdownBullets } from './bullets.js';
import { createParser } from './processor.js';

const parser = createParser();

async function parse(text: string): Promise<Root> {
  const file = new VFile(text);
  const tree = parser.parse(file);
  await parser.run(tree, file);
  return tree as Root;
}

async function headings(text: string): Promise<string[]> {
  const out: string[] = [];
  visitParents(await parse(text), 'heading', (h: Heading) => {
    out.push(`${h.position!.start.line}:${h.position!.start.column}-${h.position!.end.line}:${h.position!.end.column} h${h.depth} ${toString(h)}`);
  });
  return out;
}

async function items(text: string): Promise<string[]> {
  const out: string[] = [];
  visitParents(await parse(text), 'listItem', (li) => {
    const p = li.children[0]!.position!;
    out.push(`${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column} ${toString(li.children[0]!)}`);
  });
  return out;
}

describe('bare-line headings in word-processor pastes', () => {
  it('reads short title lines standing alone as headings, the first as the title', async () => {
    const text = 'Chief Technology Officer\n\nThe CTO leads technology.\n\nWhat is a CTO?\n\nA role.\n\nRequired Skills:\n\n  • Vision: Strategic vision\n';
    expect(await headings(text)).toEqual([
      '1:1-1:25 h1 Chief Technology Officer',
      '5:1-5:15 h2 What is a CTO?',
      '9:1-9:17 h2 Required Skills:',
    ]);
  });

  it('reads no line holding a web or e-mail address as a title: the next title line is the document\'s', async () => {
    const text = 'URL: https://jobs.example.com/view/123\n\nData Engineer | Leeds | Hybrid\n\nJoin our platform team.\n\nApply: jobs@example.com\n\nWe reply within a week.\n';
    expect(await headings(text)).toEqual(['3:1-3:31 h2 Data Engineer | Leeds | Hybrid']);
  });

  it('reads a numbered title line as a heading: the section number\'s full stop is no sentence\'s', async () => {
    expect(await headings('Data Analyst\n\nIII. RESPONSIBILITIES\n• Analyse data\n\nB) Requirements\n• SQL\n')).toEqual([
      '1:1-1:13 h1 Data Analyst',
      '3:1-3:22 h2 III. RESPONSIBILITIES',
      '6:1-6:16 h2 B) Requirements',
    ]);
    // Past the number, a sentence is still a sentence.
    expect(await headings('Data Analyst\n\nII. We hire. You apply\n\nMore.\n')).toEqual(['1:1-1:13 h1 Data Analyst']);
  });

  it('reads a title line directly over bullets as a heading', async () => {
    expect(await headings('Intro text here.\n\nTeam Management\n• Leadership: Lead teams\n• Culture: Foster culture\n')).toEqual([
      '3:1-3:16 h2 Team Management',
    ]);
  });

  it.each([
    ['a sentence with a full stop', 'We are hiring.\n\nMore text follows here.\n'],
    ['a line ending in a comma', 'Dear applicant,\n\nThank you.\n'],
    ['two sentences', 'Apply now? We reply fast\n\nMore.\n'],
    ['a lower-case line', 'see the attached form\n\nMore.\n'],
    ['a line that is a link', '[Apply here](https://example.com)\n\nMore.\n'],
    ['two lines', 'Key Responsibilities\nand more\n\nMore.\n'],
    ['a long line', `${'Word '.repeat(11)}\n\nMore.\n`],
    ['the last block of the document', 'Some text.\n\nThanks for reading\n'],
    ['a document that has Markdown headings', '# Title\n\nBenefits\n\nWe pay well.\n'],
    ['Japanese text (no capital letters)', '職務内容\n\n説明です。\n'],
  ])('does not read %s as a heading', async (_, text) => {
    const found = await headings(text);
    expect(found.filter((h) => !h.includes(' h1 Title'))).toEqual([]);
  });
});

describe('word-processor bullets', () => {
  it('reads •, ·, ▪, ◦, ●, – lines after indentation as list items, at their original columns', async () => {
    const text = 'Duties\n\n  • Own the roadmap\n  · Hire engineers\n▪ Run reviews\n\t◦ Set budgets\n   ● Report to the board\n  – Mentor leads\n';
    expect(await items(text)).toEqual([
      '3:5-3:20 Own the roadmap',
      '4:5-4:19 Hire engineers',
      '5:3-5:14 Run reviews',
      '6:4-6:15 Set budgets',
      '7:6-7:25 Report to the board',
      '8:5-8:17 Mentor leads',
    ]);
  });

  it('reads bullets indented four or more spaces as a list, not as code', async () => {
    const tree = await parse('Skills\n\n        • Deep SQL\n        • Python\n');
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'list']);
    expect(await items('Skills\n\n        • Deep SQL\n        • Python\n')).toEqual(['3:11-3:19 Deep SQL', '4:11-4:17 Python']);
    expect(await items('Skills\n\n      ● Deep SQL\n')).toEqual(['3:9-3:17 Deep SQL']);
  });

  it('keeps Markdown lists and their positions as they are', async () => {
    expect(await items('# T\n\n- one\n  - two\n* three\n')).toEqual(['3:3-3:6 one', '4:5-4:8 two', '5:3-5:8 three']);
  });

  it.each([
    ['a bullet without a space after it', '•Not an item\n'],
    ['a bullet character inside a line', 'Pay • Benefits • Culture\n'],
    ['a bullet inside fenced code', '```\n  • code\n```\n'],
    ['a bullet inside the frontmatter', '---\nnote: |\n  • yaml\n---\n\nText.\n'],
    ['a bullet inside TOML frontmatter', '+++\nnote = """\n  • toml\n"""\n+++\n\nText.\n'],
    ['an en dash used as punctuation', 'Hours – flexible\n'],
  ])('leaves %s alone', async (_, text) => {
    expect(await items(text)).toEqual([]);
  });

  it('never changes the length or the line breaks of the text it rewrites', () => {
    const text = '---\na: 1\n---\r\n  • one\r\n\t– two\r\n        ● three\n```\n  • kept\n```\n';
    const out = markdownBullets(text);
    expect(out.length).toBe(text.length);
    expect(out.replace(/[^\r\n]/g, '')).toBe(text.replace(/[^\r\n]/g, ''));
    expect(out).toContain('  - one');
    expect(out).toContain('  • kept');
  });
});

describe('a Nuxt Content page\'s block components', () => {
  it('keeps a component over its props (`::PageSection` / `---`) as markup, not a setext heading; a heading so underlined stays one', async () => {
    // A football club's coach page (held out): each section a component with YAML props.
    const page = '# Trainer werden\n\n::PageSection\n---\ntitle: Unser Ausbildungskonzept\n---\n::\n\nPage Section\n---\n\nText.\n';
    expect(await headings(page)).toEqual(['1:1-1:17 h1 Trainer werden', '9:1-10:4 h2 Page Section']);
    const tree = await parse(page);
    expect(tree.children.filter((n) => n.type === 'html').map((n) => (n as { value: string }).value)).toEqual(['::PageSection\n---', 'title: Unser Ausbildungskonzept\n---']);
  });
});
