import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../test/helpers/paths.js';
import { defaultConfig } from './config.js';
import { lintDocument } from '../node/lint.js';

/** A document with every required section, so only what a test plants is found. */
const sections = '## Responsibilities\n\n- Ship it.\n\n## Requirements\n\n- Tea.\n\n## Leadership\n\n- Lead.\n';

/**
 * `kind` is the configured kind of the document (`kind` in configuration), for required-sections.
 * pay-transparency is off: these job posts state no pay, and its finding is its own tests' to check.
 */
const lint = async (markdown: string, rules: Record<string, 'off' | 'warning'> = {}, kind?: string) => {
  const defaults = defaultConfig();
  const levels = Object.fromEntries(Object.entries<'off' | 'warning'>({ 'pay-transparency': 'off', ...rules }).map(([id, level]) => [id, { level, options: defaults.rules[id]?.options ?? {} }]));
  const config = { ...defaults, rules: { ...defaults.rules, ...levels } };
  const sections = config.rules['required-sections']!;
  if (kind) config.rules['required-sections'] = { ...sections, options: { ...sections.options, kind } };
  return (await lintDocument({ path: 'a.md', contents: markdown }, config)).messages.map((f) => `${f.line}:${f.column} ${f.ruleId}`);
};

describe('inline control comments', () => {
  it('disable-line turns rules off on its own line only', async () => {
    const doc = `${sections}\n- Own the servcies <!-- rolelint-disable-line typo -->\n- Own the langauge\n`;
    expect(await lint(doc)).toEqual(['14:11 typo']);
  });

  it('disable-next-line turns rules off on the next non-blank line only', async () => {
    const doc = `${sections}\n<!-- rolelint-disable-next-line typo -->\n\n- Own the servcies\n- Own the langauge\n`;
    expect(await lint(doc)).toEqual(['16:11 typo']);
    // A colon after the directive, as some write it, is not taken for a rule id.
    expect(await lint(doc.replace('next-line typo', 'next-line: typo'))).toEqual(['16:11 typo']);
  });

  it('disable and enable bound a range, from the comment\'s own line; ids by space or comma, a reason after --', async () => {
    const doc = `${sections}\n- Own the servcies\n<!-- rolelint-disable duplicate-bullet, typo -- names of our products -->\n- Own the servcies\n- Own the langauge <!-- rolelint-enable typo -->\n- Own the langauge\n`;
    // The duplicates on lines 15 and 17 stay off (only typo was enabled again), the typos from line 16 on are shown.
    expect(await lint(doc)).toEqual(['13:11 typo', '16:11 typo', '17:11 typo']);
  });

  it('a disable before any content covers the document from line 1, where whole-document findings stand', async () => {
    // A job post (configured so) with no title: Responsibilities and Requirements missing, at 1:1.
    expect(await lint('No headings here.\n', {}, 'job-post')).toEqual(['1:1 required-sections', '1:1 required-sections']);
    expect(await lint('<!-- rolelint-disable required-sections -->\nNo headings here.\n', {}, 'job-post')).toEqual([]);
    // A job post (by its frontmatter) for a role that leads people lacks Requirements and Leadership, at its `title` (line 2).
    const yaml = '---\ntitle: Head of Design\nkind: job-post\n---\n\n## Responsibilities\n\n- Draw.\n';
    const toml = '+++\ntitle = "Head of Design"\nkind = "job-post"\n+++\n\n## Responsibilities\n\n- Draw.\n';
    for (const doc of [yaml, toml]) {
      expect(await lint(doc)).toEqual(['2:1 required-sections', '2:1 required-sections']);
      expect(await lint(doc.replace('\n\n## Responsibilities', '\n\n<!-- rolelint-disable required-sections -->\n\n## Responsibilities'))).toEqual([]);
    }
    // After content, a disable covers what follows it only.
    expect(await lint(yaml.replace('- Draw.', '<!-- rolelint-disable required-sections -->\n\n- Draw.'))).toEqual(['2:1 required-sections', '2:1 required-sections']);
  });

  it('disable-file turns rules off in the whole document, wherever it stands', async () => {
    const doc = `# Designer\n\n- Own the servcies\n\n<!-- rolelint-disable-file required-sections typo -->\n`;
    expect(await lint(doc)).toEqual([]);
    expect(await lint(`# Designer\n\n- Own the servcies\n\n<!-- rolelint-disable-file -->\n`)).toEqual([]);
  });

  it('a comment that controls nothing is reported where it stands, with a did-you-mean', async () => {
    const doc = `${sections}\n- Own the servcies <!-- rolelint-disable-lines typo -->\n<!-- rolelint-disable typpo -->\n- Own the langauge\n`;
    const result = await lintDocument({ path: 'a.md', contents: doc });
    expect(result.messages.map(formatFinding)).toEqual([
      '13:11-13:19  typo  `servcies` is misspelt; did you mean `services`?',
      '13:20  inline-config  Unknown directive `rolelint-disable-lines`; did you mean `rolelint-disable-line`? This comment controls nothing (directives: `rolelint-disable`, `rolelint-enable`, `rolelint-disable-line`, `rolelint-disable-next-line`, `rolelint-disable-file`)',
      // A comment naming only unknown rules turns nothing off (not every rule).
      '14:1  inline-config  Unknown rule `typpo` in `rolelint-disable`; did you mean `typo`?',
      '15:11-15:19  typo  `langauge` is misspelt; did you mean `language`?',
    ]);
  });

  it('inline-config is configured like a rule, and a comment in a code block is text', async () => {
    expect(await lint(`${sections}\n<!-- rolelint-ignore -->\n`, { 'inline-config': 'off' })).toEqual([]);
    expect(await lint(`${sections}\n\`\`\`md\n<!-- rolelint-disable -->\n\`\`\`\n\n- Own the servcies\n`)).toEqual(['17:11 typo']);
  });
});
