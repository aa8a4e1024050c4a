/**
 * Bad input becomes a finding on that file (rule, line, column and message asserted), the rest of
 * the document or run goes on, and nothing is thrown.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../src/core/types.js';
import { defaultConfig } from '../src/engine/config.js';
import { lintFile } from '../src/node/files.js';
import { lintDocument } from '../src/node/lint.js';
import { fixtures, formatFinding } from './helpers/paths.js';

const lint = async (contents: string | Uint8Array, config?: ResolvedConfig) =>
  (await lintDocument({ path: 'doc.md', contents }, config)).messages.map(formatFinding);
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const complete = '# Role\n\n## Responsibilities\n\n- Own it\n- Own it\n\n## Requirements\n\n- Care\n\n## Leadership\n\n- Lead\n';
const dupOwnIt = '6:3-6:9  duplicate-bullet  Exact duplicate: this bullet duplicates the bullet on line 5; remove one of them';

describe('binary files: reported once, not linted', () => {
  it.each([
    ['NUL bytes', bytes('# Role\n', [0, 1, 2], 'more'), 'binary data (a NUL byte at offset 7)'],
    ['a PNG image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), 'a PNG image'],
    ['a PDF', bytes('%PDF-1.7\n% role description'), 'a PDF document'],
    ['a .docx (zip)', bytes([0x50, 0x4b, 0x03, 0x04], 'word/document.xml'), 'a ZIP archive (or a .docx/.xlsx document)'],
    ['a JPEG image', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'a JPEG image'],
  ])('%s', async (_, contents, reason) => {
    expect(await lint(contents)).toEqual([`1:1  file-binary  \`doc.md\` is ${reason}, not a text document; it was not linted`]);
  });
});

describe('encodings', () => {
  it('reports invalid UTF-8 at the line and column of the first bad byte, and lints the rest', async () => {
    const doc = bytes('# Role\n\n## Responsibilities\n\n- Own it\n- Own it\n\nCaf', [0xe9], ' au lait\n\n## Requirements\n\n- Care\n\n## Leadership\n\n- Lead\n');
    expect(await lint(doc)).toEqual([
      dupOwnIt,
      '8:4  file-encoding  `doc.md` is not valid UTF-8: byte 0xE9 at line 8, column 4 (offset 51) starts no valid character; re-save the file as UTF-8 (bad bytes were read as U+FFFD)',
    ]);
  });

  it('counts columns in characters, after multi-byte characters on the same line', async () => {
    const finding = (await lint(bytes('Großartig ', [0xff], '\n'))).find((f) => f.includes('file-encoding'));
    expect(finding).toMatch(/^1:11  file-encoding  .*byte 0xFF at line 1, column 11 \(offset 11\)/);
  });

  it.each([
    ['UTF-8 with a BOM', bytes([0xef, 0xbb, 0xbf], complete)],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(complete, 'utf16le')])],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(complete, 'utf16le').swap16()])],
  ])('decodes %s with positions as in the text', async (_, contents) => {
    expect(await lint(contents)).toEqual([dupOwnIt]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('%s line endings give the same lines and columns as LF, frontmatter included', async (_, eol) => {
    for (const name of ['duplicate-bullet-spelling-variant.md', 'word-processor-paste.md', 'missing-leadership.md']) {
      const lf = readFileSync(path.join(fixtures, name), 'utf8');
      expect(await lint(lf.replace(/\n/g, eol))).toEqual(await lint(lf));
      expect((await lint(lf)).length).toBeGreaterThan(0);
    }
  });
});

describe('size and shape', () => {
  const small: ResolvedConfig = { rules: { ...defaultConfig().rules, 'file-too-large': { level: 'warning', options: { maxBytes: 100 } } } };

  it('reports a file over maxBytes without parsing it (default 1 MiB)', async () => {
    expect(await lint('x'.repeat(101), small)).toEqual([
      '1:1  file-too-large  `doc.md` is 101 bytes, over the 100 bytes limit; it was not linted (raise `maxBytes` of `file-too-large` to lint it)',
    ]);
    expect(await lint('é😀'.repeat(174763), { rules: { 'file-too-large': { level: 'warning', options: { maxBytes: 1024 * 1024 } } } })).toEqual([
      '1:1  file-too-large  `doc.md` is 1.0 MiB, over the 1.0 MiB limit; it was not linted (raise `maxBytes` of `file-too-large` to lint it)',
    ]);
    expect(await lint(Buffer.alloc(1024 * 1024 + 1, 0x61))).toEqual([
      '1:1  file-too-large  `doc.md` is 1.0 MiB, over the 1.0 MiB limit; it was not linted (raise `maxBytes` of `file-too-large` to lint it)',
    ]);
  });

  it.each([
    ['empty', '', 'empty'],
    ['whitespace-only', ' \n\t\n', 'only whitespace'],
  ])('reports an %s file and runs no rule on it', async (_, contents, what) => {
    expect(await lint(Buffer.from(contents))).toEqual([`1:1  file-empty  \`doc.md\` is ${what}; there is nothing to lint`]);
  });

  it.each([
    ['block quotes thousands deep', '>'.repeat(5000) + ' q\n', '1:1  file-too-complex  `doc.md` has block quotes nested 5,000 deep on one line (more than 100) at line 1'],
    ['lists thousands deep', Array.from({ length: 150 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n'), '101:1  file-too-complex  `doc.md` has a list item indented 200 columns (about 101 levels of nesting, more than 100) at line 101'],
    ['lists nested on one line', `${'- '.repeat(5000)}x\n`, '1:1  file-too-complex  `doc.md` has list items nested 5,000 deep on one line (more than 100) at line 1'],
  ])('reports Markdown nested too deep to parse in time: %s', async (_, text, start) => {
    const [finding, ...rest] = await lint(text);
    expect(rest).toEqual([]);
    expect(finding).toBe(`${start}; Markdown this deep would take minutes to parse, so it was not linted`);
  });

  it('reports Markdown that would take as long to parse as more text than the limit, at the line where the budget runs out', async () => {
    expect(await lint(`${'*'.repeat(20000)}x`)).toEqual([
      '1:1  file-too-complex  `doc.md` is too costly to parse: by line 1, its 20,000 inline marks (links, emphasis, code) in one paragraph take as long as 1.0 MiB of plain text, the most rolelint parses (`maxBytes` of `file-too-large`); it was not linted',
    ]);
    const items = `# Role\n\n${Array.from({ length: 40000 }, (_, i) => `- item ${i}`).join('\n')}\n`;
    expect(await lint(items)).toEqual([
      '17962:1  file-too-complex  `doc.md` is too costly to parse: by line 17,962, its 17,960 list items take as long as 1.0 MiB of plain text, the most rolelint parses (`maxBytes` of `file-too-large`); it was not linted',
    ]);
  });

  it('lints nesting a real document could have (90 levels) and a 100,000-character line', async () => {
    // A job post (by its frontmatter) for a role that leads people, holding only the nested list: it lacks all three sections.
    const nested = `---\nkind: job-post\n---\n# Head of Data\n\n${Array.from({ length: 90 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join('\n')}\n`;
    expect((await lint(nested)).map((f) => /^(\S+)  (\S+)  Missing section `(\w+)`/.exec(f)?.slice(1).join(' ') ?? f)).toEqual([
      '4:1-4:15 required-sections Responsibilities',
      '4:1-4:15 required-sections Requirements',
      '4:1-4:15 required-sections Leadership',
    ]);
    const line = `# Role\n\n## Responsibilities\n\n${'word '.repeat(20000)}\n\n- Own it\n- Own it\n\n## Requirements\n\nGo.\n\n## Leadership\n\nMentors.\n`;
    expect(await lint(line)).toEqual([
      '5:1-5:100000  repeated-word  `word` written 20000 times in a row; keep one',
      '8:3-8:9  duplicate-bullet  Exact duplicate: this bullet duplicates the bullet on line 7; remove one of them',
    ]);
  });

  it('lints 50,000 bullets', async () => {
    const many = `# Role\n\n## Responsibilities\n\n${Array.from({ length: 50000 }, (_, i) => `- Bullet ${i}`).join('\n')}\n- Bullet 7\n\n## Requirements\n\nGo.\n\n## Leadership\n\nMentors.\n`;
    // The time budget is test/hostile/time-budget.test.ts's to test: a busy machine must not cut this run short.
    const big: ResolvedConfig = { rules: { ...defaultConfig().rules, 'file-too-large': { level: 'warning', options: { maxBytes: 10e6 } }, 'file-too-complex': { level: 'warning', options: { maxSeconds: 120 } } } };
    expect(await lint(many, big)).toEqual(['50005:3-50005:11  duplicate-bullet  Exact duplicate: this bullet duplicates the bullet on line 12; remove one of them']);
  }, 60_000);
});

describe('frontmatter', () => {
  it('reports broken YAML at its line in the file and still lints the body', async () => {
    expect(await lint(`---\ntitle: Role\nlevels: [1, 2\nteam: x\n---\n\n${complete}`)).toEqual([
      '4:1  frontmatter  Frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; the rest of the document was still linted',
      '12:3-12:9  duplicate-bullet  Exact duplicate: this bullet duplicates the bullet on line 11; remove one of them',
    ]);
  });
});

describe('files that cannot be read', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rolelint-bad-'));
  mkdirSync(path.join(dir, 'folder.md'));
  symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'broken.md'));
  writeFileSync(path.join(dir, 'huge.md'), Buffer.alloc(2 * 1024 * 1024, 0x61));
  const one = async (name: string) => (await lintFile(name, dir)).messages.map(formatFinding);

  it.each([
    ['vanished.md', 'it does not exist (deleted since it was listed) (ENOENT)'],
    ['broken.md', 'it is a symbolic link to `' + path.join(dir, 'nowhere.md') + '`, which does not exist (ENOENT)'],
    ['folder.md', 'it is a directory (EISDIR)'],
  ])('%s becomes a finding', async (name, why) => {
    expect(await one(name)).toEqual([`1:1  file-unreadable  Cannot read \`${name}\`: ${why}; the other files were linted`]);
  });

  // A named pipe with no writer: reading it would wait for ever.
  it.skipIf(process.platform === 'win32')('a named pipe becomes a finding, without waiting on it', async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    expect(await one('pipe.md')).toEqual(['1:1  file-unreadable  Cannot read `pipe.md`: it is not a regular file but a named pipe; the other files were linted']);
  });

  it('a file over the limit is reported from its size, without reading it', async () => {
    expect(await one('huge.md')).toEqual([
      '1:1  file-too-large  `huge.md` is 2.0 MiB, over the 1.0 MiB limit; it was not linted (raise `maxBytes` of `file-too-large` to lint it)',
    ]);
  });
});
