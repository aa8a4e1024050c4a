import { describe, expect, it } from 'vitest';
import { describeDocExamples, formatMessage, runRule } from '../../test/helpers/rule-harness.js';
import { duplicateHeading } from './duplicate-heading.js';

describeDocExamples(duplicateHeading);

const found = async (markdown: string) => (await runRule(duplicateHeading, markdown)).map(formatMessage);

describe('duplicate-heading', () => {
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

  it('ignores empty headings', async () => {
    expect(await found('##\n\n##\n')).toEqual([]);
  });
});
