import { describe, expect, it } from 'vitest';
import { applyFixes } from '../core/fixes.js';
import { defaultConfig } from '../engine/config.js';
import { lintDocument } from '../engine/lint.js';
import { describeDocExamples, formatMessage, runRule } from '../../test/helpers/rule-harness.js';
import { brokenMarkdown } from './broken-markdown.js';

describeDocExamples(brokenMarkdown);

const found = async (markdown: string, options?: object) => (await runRule(brokenMarkdown, markdown, options)).map(formatMessage);
const places = async (markdown: string, options?: object) => (await runRule(brokenMarkdown, markdown, options)).map((m) => `${m.line}:${m.column} ${m.actual}`);

describe('broken-markdown', () => {
  it('--fix adds the space after hashes and list markers, and nothing else', async () => {
    const doc = '# Role\n\n###Role summary\n\n- Own it\n-Build dashboards\n\n1.Apply\n2.Meet us\n\n**Location* Remote\n';
    const result = await lintDocument({ path: 'role.md', contents: new TextEncoder().encode(doc) }, { rules: { 'broken-markdown': defaultConfig().rules['broken-markdown']! } });
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.fix ? 'fix' : '-'}`)).toEqual(['3:1 fix', '6:1 fix', '8:1 fix', '9:1 fix', '11:1 -']);
    expect(applyFixes(doc, result.messages).text).toBe('# Role\n\n### Role summary\n\n- Own it\n- Build dashboards\n\n1. Apply\n2. Meet us\n\n**Location* Remote\n');
  });

  it('reports one `-Item` line right against a list of its marker, before or after it', async () => {
    expect(await places('- Own it\n\n-Build it\nand more\n')).toEqual(['3:1 -']);
    expect(await places('Then\n-Build it\n- Own it\n')).toEqual(['2:1 -']);
    expect(await places('* Own it\n\n-Build it\n')).toEqual([]);
    // A `*` line that uses asterisks for emphasis too opens italics (never closed), no list item:
    // the fix would make it a bullet.
    expect(await places('*Extracted from **the agenda** before the meeting.\n\n* No updates.\n')).toEqual([]);
    expect(await places('*Extracted from the agenda before the meeting.\n\n* No updates.\n')).toEqual(['1:1 *']);
  });

  it('takes a list that ends with one number three times or more for one numbered the lazy way from there; two repeats are still reported', async () => {
    // A ladder's contents, numbered from 0 and then all `1.` (held out): GitHub counts on, as meant.
    expect(await places('0. [PHP](#php)\n1. [Development](#development)\n1. [Database](#database)\n1. [Docker](#docker)\n1. [Linux](#linux)\n')).toEqual([]);
    expect(await places('1. Apply\n2. Meet us\n2. Start\n2. Stay\n5. Grow\n')).toEqual(['3:1 2.', '4:1 2.']);
    expect(await places('1. Apply\n2. Meet us\n2. Start\n')).toEqual(['3:1 2.']);
  });

  it('keeps columns in CRLF documents, quotes and list items', async () => {
    expect(await places('Intro\r\n\r\n##Benefits\r\n\r\n> - Own it\r\n> -Build it\r\n')).toEqual(['3:1 ##', '6:3 -']);
  });

  it('a hashless heading names its section for required-sections, with this finding on it', async () => {
    const doc = '---\nkind: job-post\n---\n# Data Analyst\n\n##Responsibilities\n\n- Build reports.\n\n##Requirements\n\n- SQL.\n';
    const result = await lintDocument({ path: 'analyst.md', contents: new TextEncoder().encode(doc) });
    expect(result.messages.filter((m) => m.ruleId === 'required-sections')).toEqual([]);
    expect(result.messages.filter((m) => m.ruleId === 'broken-markdown').map((m) => `${m.line}:${m.column}`)).toEqual(['6:1', '10:1']);
  });

  it('reports an empty heading whose words are on the next line, and the outline reads them as its title', async () => {
    const post = '# Chargé·e d’animation\n\nNous recrutons.\n\n# \nPROFIL RECHERCHÉ\n<br>\n* Goût du terrain\n';
    expect(await found(post)).toEqual([
      '5:1-5:3: `#` has its words on the next line (`PROFIL RECHERCHÉ`): GitHub shows an empty heading and the words as a paragraph; write `# PROFIL RECHERCHÉ`',
    ]);
    const doc = `---\nkind: job-post\n---\n${post.replace('Nous recrutons.', '## Vos missions\n\n- Animer les ateliers\n\n## Encadrement\n\nAucun.')}`;
    const result = await lintDocument({ path: 'animation.md', contents: new TextEncoder().encode(doc) });
    expect(result.messages.filter((m) => m.ruleId === 'required-sections')).toEqual([]);
    // An empty heading over a blank line, or over a sentence, is no title written below its hashes.
    expect(await found('# Role\n\n#\n\nPROFIL RECHERCHÉ\n')).toEqual([]);
    expect(await found('# Role\n\n#\nWe are hiring for our team in Lyon. Join us.\n')).toEqual([]);
  });

  it('leaves GitHub-valid writing alone', async () => {
    const clean = [
      // Hashtags, a channel, an issue number; hashes in code and in an HTML block.
      'Join #alumni or #Hiring #Remote, see #1234.\n\n`##Code`\n\n<div>\n##Not markdown\n</div>\n',
      // `*` in prose, a wildcard (`*nix`), a note's mark opening an item or a sentence, a footnote mark and its legend, lists of all `1.` and all `3.`.
      'Pay: 5 * 3 days a year.\n\nForms at *.example.com.\n\nA thorough knowledge of *nix systems\n\nOur current* vendor.\n\n1. *Vendor subject to change.\n\n| a | b |\n| - | - |\n| 1 | The data. *We did review it |\n\nSalary range**\n\n** Depends on experience\n\n1. a\n1. b\n1. c\n\nThen:\n\n3. a\n3. b\n',
      // A list that starts at 3 after a paragraph, blank cells written as cells, a spacer row of blanks.
      '1. a\n2. b\n\nNote.\n\n3. c\n4. d\n\n| a | b | c |\n| - | - | - |\n| | x | |\n| y | | |\n| | |\n',
      // One `-word` line in prose is no list, even under a list; emphasis that spans lines closes.
      'Use the\n-verbose flag when **you\nneed it**.\n',
      '- Own it\n\nWe pay well and\n-never late, as a rule\nof ours.\n',
      // A shortcut reference is a template's placeholder; a defined full reference is a link.
      'Write to [Name] at [the desk][desk].\n\n[desk]: https://example.com\n',
    ];
    for (const doc of clean) expect(await found(doc), doc).toEqual([]);
  });

  it('a link whose address holds a site\'s template tag is filled in when the site is built; a space of its own is not', async () => {
    expect(await places('See [the {{< year >}} ideas](https://s.apache.org/gsoc{{< year >}}ideas).\n\nA [page]({% link jobs.md %}) and [issues](https://x.org/q?l=in%20(gsoc{{< year >}})).\n')).toEqual([]);
    expect(await places('See [the ideas](https://s.apache.org/gsoc ideas).\n')).toEqual(['1:5 [the ideas](https://s.apache.org/gsoc ideas)']);
  });

  it('a definition the source writes is the document\'s, whether or not the parser takes it (a template fills its address)', async () => {
    const doc = (defs: string) => `See the [Editorial Board][editors] and [the process][w3c].\n\n${defs}\n`;
    // The first definition's address holds a template's spaces: GitHub reads it, and the line after it, as a paragraph.
    expect(await places(doc('[editors]: {{ site.root_url | absolute_url }}/editors/\n[w3c]: https://www.w3.org/process'))).toEqual([]);
    expect(await places(doc('[editors]:{{site.root_url | absolute_url }}/editors/\n[w3c]:{{site.root_url}}/process'))).toEqual([]);
    expect(await places(doc('[editor]: https://example.org/editors/'))).toEqual(['1:9 [Editorial Board][editors]', '1:40 [the process][w3c]']);
  });

  it('a site\'s fragment (`_includes/`, `partials/`) uses its including page\'s link definitions; any other page its own', async () => {
    const doc = '# Scribe\n\nPost the notes in [Slack][chat] and the [shared folder][folder].\n';
    const undefinedAt = async (path: string) => (await lintDocument({ path, cwd: '/site', root: '/site', contents: new TextEncoder().encode(doc) }, { rules: { 'broken-markdown': defaultConfig().rules['broken-markdown']! } })).messages.map((m) => `${m.line}:${m.column}`);
    expect(await undefinedAt('_includes/default_roles/scribe.md')).toEqual([]);
    expect(await undefinedAt('themes/site/layouts/partials/scribe.md')).toEqual([]);
    expect(await undefinedAt('roles/scribe.md')).toEqual(['3:19', '3:41']);
    // A page named for the folder is no fragment.
    expect(await undefinedAt('docs/_includes.md')).toEqual(['3:19', '3:41']);
  });

  it('checks form fields in job posts only, where the kind is configured or inferred', async () => {
    const form = 'JOB TITLE: Clerk\nLOCATION: Nairobi\nGRADE: 7\nCLOSING DATE:\n\n## Duties\n\n- File records.\n';
    expect(await places(form, { kind: 'job-post' })).toEqual(['4:1 CLOSING DATE:']);
    expect(await places(form, { kind: 'ladder-level' })).toEqual([]);
  });

  it('reads a label over its list, a value on the next line or an empty form as no blank field', async () => {
    const options = { kind: 'job-post' };
    expect(await found('LOCATION: Nairobi\nGRADE: 7\nTEAM: Records\nBenefits:\n\n- Health cover\n', options)).toEqual([]);
    expect(await found('LOCATION: Nairobi\nGRADE: 7\nTEAM: Records\nCLOSING DATE:\n  30 June\n', options)).toEqual([]);
    expect(await found('Name:\nEmail:\nPhone:\n\nLOCATION: Nairobi\n\nSee the role.\n', options)).toEqual([]);
    // A label over the fields under it titles them.
    expect(await found('Job details:\nLocation: Remote\nSalary: 50,000\nContract: Permanent\n', options)).toEqual([]);
    expect(await places('Job details:\nLocation: Remote\nSalary:\nContract: Permanent\nGrade: 7\n', options)).toEqual(['3:1 Salary:']);
  });

  it('reports a hidden table cell once per row, with what GitHub drops', async () => {
    expect(await found('| a | b |\n| - | - |\n| 1 | 2 | 3 | 4 |\n')).toEqual([
      "3:1-3:18: This row has 4 cells and its header 2: GitHub does not show the cells past the header's (`3`, `4`); add a column to the header, or join the cells",
    ]);
    // A row closed with a blank cell past the header's (`|\t|`) hides nothing.
    expect(await found('| a | b |\n| - | - |\n| 1 | 2 |\t|\n')).toEqual([]);
    // So do blank cells with spaces after the row's closing pipe (`||     | `).
    expect(await found('| a | b | c |\n| - | - | - |\n| [x](https://e.com) ||     |     | \n')).toEqual([]);
  });

  it("a row that ends early is a missing cell, unless half the table's rows end early (an optional last column)", async () => {
    const table = (rows: string) => `| Team | Repositories | Notes |\n|-|-|-|\n${rows}`;
    expect(await places(table('| Loader | [Loader](https://x.test) | Core |\n| Meta | [Meta](https://x.test)\n| Mappings | [Yarn](https://x.test) | Names |\n'))).toEqual(['4:1 2']);
    expect(await places(table('| Loader | [Loader](https://x.test) | Core |\n| Meta | [Meta](https://x.test)\n| Mappings | [Yarn](https://x.test)\n| Tools | [Loom](https://x.test)\n'))).toEqual([]);
  });
});
