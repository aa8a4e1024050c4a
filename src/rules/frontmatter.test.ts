import { describe, expect, it, vi } from 'vitest';
import { describeDocExamples, formatMessage, runRule } from '../../test/helpers/rule-harness.js';
import { frontmatter } from './frontmatter.js';
import { parseFrontmatter } from '../parse/frontmatter.js';

describeDocExamples(frontmatter);

describe('frontmatter', () => {
  it('maps error lines into the file with CRLF and CR line endings', async () => {
    for (const eol of ['\r\n', '\r']) {
      const doc = ['---', 'title: Role', 'tags: [a, b', 'level: 5', '---', '', '# Role'].join(eol);
      expect((await runRule(frontmatter, doc)).map(formatMessage)).toEqual([
        '4:1: Frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; the rest of the document was still linted',
      ]);
    }
  });

  it('places a YAML error by its offset: after a plain scalar running over lines, the library counts a line short', async () => {
    // Found by the engine's property test: `yaml` put the `:` of line 4 at line 3, column 12, past that line's end.
    const doc = ['---', '- own', 'x# Role', '  a: b', '---', ''].join('\n');
    expect((await runRule(frontmatter, doc)).map((m) => `${m.line}:${m.column}`)).toEqual(['3:1']);
  });

  it('reports the first YAML error of a block, and how many the parser gave after it, not one finding each', async () => {
    // A list item first, then keys: the library reports 60 errors for these 21 lines.
    const doc = ['---', '- Staff Engineer', ...Array.from({ length: 20 }, (_, i) => `key${i}: value`), '---', '', '# Role'].join('\n');
    expect((await runRule(frontmatter, doc)).map(formatMessage)).toEqual([
      '3:1: Frontmatter is not valid YAML: Unexpected scalar at node end (the parser reports 59 more errors after it, which may follow from this one); the rest of the document was still linted',
    ]);
  });

  it('finds duplicate keys in every map, at the second key, in time linear in the keys: a warning, as Jekyll keeps the last', async () => {
    const nested = ['---', 'team:', '  lead: a', '  lead: b', '---', ''].join('\n');
    const repeated = (key: string, line: number) => `\`${key}\` is set again on line ${line}, in the same map: Jekyll and GitHub keep the last value, YAML 1.2 readers (js-yaml, as Docusaurus and Eleventy use it) refuse the block; keep one`;
    const found = await runRule(frontmatter, nested);
    expect(found.map(formatMessage)).toEqual([`4:3: ${repeated('lead', 4)}`]);
    expect(found.map((m) => m.warningOnly)).toEqual([true]);
    // A lab's posts (held out): `categories` twice, a word and then a list; the block is still read, the last value kept.
    const post = ['---', 'title: Join us', 'categories: job', 'tags:', '  - genomics', 'categories:', '  - positions', '---', '', '# Join us'].join('\n');
    expect((await runRule(frontmatter, post)).map(formatMessage)).toEqual([`6:1: ${repeated('categories', 6)}`]);
    // With another error, the block is invalid, as before.
    expect((await runRule(frontmatter, '---\na: 1\na: 2\nb: [1\n---\n')).map((m) => m.warningOnly)).toEqual([undefined]);
    expect(await runRule(frontmatter, '---\n1: a\n"1": b\n<<: {x: 1}\n---\n')).toEqual([]);
    // 50,000 keys took 19 s when the library compared each key with all before it.
    const keys = `---\n${Array.from({ length: 50000 }, (_, i) => `k${i}: v`).join('\n')}\nk7: again\n---\n`;
    const started = performance.now();
    expect((await runRule(frontmatter, keys)).map(formatMessage)).toEqual([`50002:1: ${repeated('k7', 50002)}`]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('reads TOML frontmatter between +++ lines, with its errors at their line in the file', async () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const doc = ['+++', 'title = "Role"', 'tags = ["a", "b"', 'level = 5', '+++', '', '# Role'].join(eol);
      expect((await runRule(frontmatter, doc)).map(formatMessage)).toEqual([
        '4:1: Frontmatter is not valid TOML: expected comma or end of structure; the rest of the document was still linted',
      ]);
    }
    expect(await runRule(frontmatter, '+++\n+++\n\n# Role\n')).toEqual([]);
    expect(await runRule(frontmatter, '+++\ntitle = "Role"\ndate = 2024-03-01\n[params]\nteam = "Data"\n+++\n')).toEqual([]);
  });

  it('reads JSON frontmatter between `{` and `}` lines (Hugo), as markdownlint does, with an error at its line', async () => {
    // A foundation's working-group pages (held out): a JSON object of members before the Markdown.
    const page = (members: string) => `{\n  "title": "Build Working Group",\n  "volunteers": [\n    {"name": "Todd Resudek"}${members}\n  ]\n}\n\n# Build\n`;
    expect(await runRule(frontmatter, page(''))).toEqual([]);
    expect((await runRule(frontmatter, page(',\n    {"name": "Jo Doe",}'))).map(formatMessage)).toEqual([
      '5:23: Frontmatter is not valid JSON: Expected double-quoted property name; the rest of the document was still linted',
    ]);
    const parsed = parseFrontmatter({ type: 'json', value: '  "title": "Build",\n  "kind": "role"', position: { start: { line: 1, column: 1 }, end: { line: 4, column: 2 } } });
    expect(parsed.data).toEqual({ title: 'Build', kind: 'role' });
    expect(parsed.scalars).toEqual([{ key: 'title', source: 'Build', offset: 12 }, { key: 'kind', source: 'role', offset: 31 }]);
  });

  it('says what a TOML error usually means: YAML between +++, a string left open or unquoted', async () => {
    const first = async (line: string) => (await runRule(frontmatter, `+++\n${line}\n+++\n\n# Role\n`)).map(formatMessage)[0];
    expect(await first('title: Staff Engineer')).toBe(
      '2:6: Frontmatter is not valid TOML: illegal character in key (TOML writes `key = value`; `key: value` is YAML, between `---` lines); the rest of the document was still linted',
    );
    expect(await first('title = "Staff Engineer\nlevel = 5')).toBe(
      '2:24: Frontmatter is not valid TOML: control characters are not allowed in strings (a string is left open at the end of its line); the rest of the document was still linted',
    );
    expect(await first('title = Staff Engineer')).toBe(
      '2:9: Frontmatter is not valid TOML: invalid value (TOML strings are quoted: `title = "Staff Engineer"`); the rest of the document was still linted',
    );
  });

  it('takes a fence followed by a key of its own language for unclosed frontmatter, nothing else', async () => {
    expect((await runRule(frontmatter, '+++\n"title" = "Role"\n\n# Role\n')).map(formatMessage)).toEqual([
      '1:1: Frontmatter is opened with `+++` on line 1 but never closed: add a line `+++` after its last key',
    ]);
    // A thematic break above `key = value` prose, or `+++` above `key: value`, is no frontmatter.
    expect(await runRule(frontmatter, '---\nx = 1 is the answer\n')).toEqual([]);
    expect(await runRule(frontmatter, '+++\nNote: a sentence\n')).toEqual([]);
  });

  it('accepts empty frontmatter and a document that only opens with a thematic break', async () => {
    expect(await runRule(frontmatter, '---\n---\n\n# Role\n')).toEqual([]);
    expect(await runRule(frontmatter, '---\n\nSome text.\n')).toEqual([]);
  });

  it('reports a bare value', async () => {
    expect((await runRule(frontmatter, '---\nJust a sentence\n---\n')).map(formatMessage)).toEqual([
      '2:1: Frontmatter is the string `Just a sentence`, expected `key: value` pairs; the rest of the document was still linted',
    ]);
  });

  it("keeps the YAML library's own warnings off the terminal", async () => {
    // A key that is a list is valid YAML; yaml's toJS would print a Node warning about it.
    const warned = vi.spyOn(process, 'emitWarning');
    try {
      expect(await runRule(frontmatter, '---\n? [a, b]\n: value\ntitle: Role\n---\n\n# Role\n')).toEqual([]);
      expect(warned).not.toHaveBeenCalled();
    } finally {
      warned.mockRestore();
    }
  });

  it('reads a block whose template tags YAML takes for flow mappings as the site fills them, and warns', async () => {
    // A conference site's pages (held out): `template: {{year}}/generic.html`, filled by its Jinja step before the YAML is read.
    const doc = ['---', 'template: {{year}}/generic.html', 'banner: _static/{{shortcode}}.jpg', 'title: Team', '---', '', '# Team'].join('\n');
    const messages = await runRule(frontmatter, doc);
    expect(messages.map(formatMessage)).toEqual([
      '2:11: `{{year}}` is a template tag that YAML reads as a flow mapping: the block parses where the site fills the tags in first (Sphinx, Jinja), not where it reads the YAML first (Jekyll, Hugo); quote the value',
    ]);
    expect(messages[0]?.warningOnly).toBe(true);
    const block = parseFrontmatter({ type: 'yaml', value: doc.split('\n').slice(1, 4).join('\n'), position: { start: { line: 1, column: 1 }, end: { line: 5, column: 4 } } });
    expect(block.data?.title).toBe('Team');
    // Broken beyond its tags, it is not valid YAML, an error.
    expect((await runRule(frontmatter, ['---', 'template: {{year}}/generic.html', 'tags: [a, b', '---', ''].join('\n'))).map((m) => m.warningOnly)).toEqual([undefined]);
  });

  it('reads a quoted value running onto lines at the margin as libyaml does, and warns that YAML 1.2 readers stop there', async () => {
    // A Jekyll post's teaser (held out): PyYAML, libyaml and go-yaml read it; js-yaml and the yaml package do not.
    const doc = ['---', 'title: Opportunities', 'teaser: "', ' We\'ll soon be advertising.', 'Read on!', '"', 'author: Alex Colemn', 'tags: [hiring, rse]', '---', '', '# Opportunities'].join('\n');
    const messages = await runRule(frontmatter, doc);
    expect(messages.map(formatMessage)).toEqual([
      '5:1: Line 5 goes on with the quoted value of `teaser` from the start of the line: Jekyll, Hugo and GitHub read it, but YAML 1.2 readers (js-yaml, as Docusaurus and Eleventy use it) stop there; indent the line by a space',
    ]);
    expect(messages[0]?.warningOnly).toBe(true);
    const block = parseFrontmatter({ type: 'yaml', value: doc.split('\n').slice(1, 8).join('\n'), position: { start: { line: 1, column: 1 }, end: { line: 9, column: 4 } } });
    expect(block.data).toEqual({ title: 'Opportunities', teaser: " We'll soon be advertising. Read on! ", author: 'Alex Colemn', tags: ['hiring', 'rse'] });
    // Values after the lines put in are found where they are written.
    const text = doc.split('\n').slice(1, 8).join('\n');
    expect(block.scalars.map((s) => [s.key, s.source, text.slice(s.offset, s.offset + s.source.length)])).toEqual([['title', 'Opportunities', 'Opportunities'], ['author', 'Alex Colemn', 'Alex Colemn']]);
    expect(block.listItems?.map((s) => text.slice(s.offset, s.offset + s.source.length))).toEqual(['hiring', 'rse']);
    // Broken beyond that (a quote never closed), it is not valid YAML, an error.
    expect((await runRule(frontmatter, ['---', 'teaser: "', 'Read on!', 'author: Alex', '---', ''].join('\n'))).map((m) => [m.line, m.warningOnly])).toEqual([[4, undefined]]);
  });

  it('reads a quoted value of a nested key running onto a line at the key\'s indentation as libyaml does, with a warning', async () => {
    // A nursery's volunteer page (held out): a Jekyll feature row's `excerpt: "…` going on at its key's column.
    const doc = ['---', 'layout: splash', 'feature_row:', '  - title: "Social Media"', '    excerpt: "Create connection.', '    <br/>Skills: emoji literacy"', '  - title: "Nursery"', '---', '', '# Volunteer'].join('\n');
    const messages = await runRule(frontmatter, doc);
    expect(messages.map(formatMessage)).toEqual([
      '6:1: Line 6 goes on with the quoted value of `excerpt` at no deeper indentation than the key (column 5): Jekyll, Hugo and GitHub read it, but YAML 1.2 readers (js-yaml, as Docusaurus and Eleventy use it) stop there; indent the line past the key',
    ]);
    expect(messages[0]?.warningOnly).toBe(true);
    const block = parseFrontmatter({ type: 'yaml', value: doc.split('\n').slice(1, 7).join('\n'), position: { start: { line: 1, column: 1 }, end: { line: 8, column: 4 } } });
    expect(block.data).toEqual({ layout: 'splash', feature_row: [{ title: 'Social Media', excerpt: 'Create connection. <br/>Skills: emoji literacy' }, { title: 'Nursery' }] });
    // Indented past its key, the line is plain YAML: no finding.
    expect(await runRule(frontmatter, doc.replace('    <br/>', '      <br/>'))).toEqual([]);
  });
});

describe('frontmatter: a block whose opening `---` was lost', () => {
  // As a job-post template filled in by hand can be: keys, `#` guidance comments, a list, then `---`.
  const lost = [
    'title: "Senior Product Designer"',
    '',
    '# Put the opening and closing dates here.',
    'opens: 2026-09-11',
    'closes: 2026-09-24',
    'max applications: 0',
    'key objectives:',
    '  - Lead the design of the new intake flow',
    ' - Run research with the public',
    '---',
    '',
    '## Responsibilities',
  ];

  it('is reported at line 1, naming the line that closes it and its keys, though its YAML does not parse', async () => {
    expect((await runRule(frontmatter, `${lost.join('\n')}\n`)).map(formatMessage)).toEqual([
      '1:1: Frontmatter is closed by the `---` on line 10 but never opened: lines 1-9 are YAML (`title`, `opens`, `closes`, …) that GitHub, Jekyll and Hugo show as text, its `#` comments as headings (only Python-Markdown\'s metadata reads them so); add a line `---` before line 1',
    ]);
    expect((await runRule(frontmatter, `${lost.join('\r\n')}\r\n`)).map((m) => m.line)).toEqual([1]);
  });

  it('reports frontmatter that lost its opening fence as a warning at most: Python-Markdown metadata is written so', async () => {
    const [message] = await runRule(frontmatter, 'title: Analyst\nshow_nav: false\n---\n\n# Analyst\n');
    expect(message?.warningOnly).toBe(true);
  });

  it('takes two keys written lower case, as frontmatter writes them, for frontmatter that lost its fence', async () => {
    expect((await runRule(frontmatter, 'title: Analyst\n# Dates as YYYY-MM-DD.\nopens: 2024-09-11\n---\n\n# Analyst\n')).map(formatMessage)).toEqual([
      '1:1: Frontmatter is closed by the `---` on line 4 but never opened: lines 1-3 are YAML (`title`, `opens`) that GitHub, Jekyll and Hugo show as text, its `#` comments as headings (only Python-Markdown\'s metadata reads them so); add a line `---` before line 1',
    ]);
    expect(await runRule(frontmatter, 'Location: Remote\nopens: 2024-09-11\n---\n')).toEqual([]);
    expect(await runRule(frontmatter, 'title: Analyst\n---\n')).toEqual([]);
  });

  it.each([
    ['a paragraph before the rule', 'Note: this post is a draft.\nTeam: Platform\nLevel: L4\n\nWe are hiring.\n\n---\n\n## More\n'],
    ['fewer than three keys', 'Location: Remote\nTeam: Platform\n\n---\n'],
    ['no `---` line', 'Location: Remote\nTeam: Platform\nLevel: L4\n\n# Role\n'],
    ['a first line that is no key', '# Role\nLocation: Remote\nTeam: Platform\nLevel: L4\n---\n'],
  ])('is not guessed from %s', async (_, doc) => {
    expect(await runRule(frontmatter, doc)).toEqual([]);
  });
});
