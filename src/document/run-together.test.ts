import type { ListItem, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { createParser } from '../parse/processor.js';
import { listItemText } from './list-item-text.js';
import { runTogetherItems } from './run-together.js';

const parser = createParser();
const read = (markdown: string) =>
  [...runTogetherItems(parser.parse(markdown) as Root, markdown)].map(([item, breaks]) =>
    breaks.map((b) => `${(item as ListItem).position!.start.line}: ${listItemText(item).text.slice(0, b.textAt).trim()} | ${listItemText(item).text.slice(b.textAt)} @${b.sourceAt}`).join('; '),
  );

describe('run-together items', () => {
  it('finds a sentence end followed at once by a capitalised item, with where it starts in the source', () => {
    const doc = '- Work with partners.Contribute to open source\n- Ship features weekly\n';
    expect(read(doc)).toEqual(['1: Work with partners. | Contribute to open source @21']);
  });

  it('keeps words joined by a dot on purpose whole, and lists of lower-case items', () => {
    const cases = [
      '- Build services in Node.js and ASP.NET\n- Ship features weekly\n',
      '- Know a framework, e.g.React or Vue\n- Ship features weekly\n',
      '- Call `fmt.Println` from code\n- Ship features weekly\n',
      '- When using cmp.Diff the argument order is (want, got)\n- Ship features weekly\n',
      '- Write to team@example.Org today\n- Ship features weekly\n',
      '- shipping features.Testing them too\n- writing docs\n',
      // The only item of its list repeats no pattern; a name or abbreviation is not an item.
      '- Work with partners.Contribute to open source\n',
      '- Read it.Done\n- Ship features weekly\n',
    ];
    for (const doc of cases) expect(read(doc), doc).toEqual([]);
  });

  it("reads only an item's first paragraph: a sentence run into the next in the prose under a title item is a missing space", () => {
    const doc = '- Technical Writer\n\n  The leads find where documentation is needed.The lead must highlight those places.\n\n- UX Designer\n\n  The designer works with the lead.\n';
    expect(read(doc)).toEqual([]);
    expect(read('- Work with partners.Contribute to open source\n\n  More on this below.\n\n- Ship features weekly\n')).toEqual(['1: Work with partners. | Contribute to open source More on this below. @21']);
  });
});
