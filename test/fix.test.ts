/**
 * `rolelint --fix`: what it writes into the files, byte for byte, and what it leaves alone.
 */
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, cpSync, linkSync, lstatSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/core/types.js';
import { applyFixes } from '../src/core/fixes.js';
import { encodeText } from '../src/node/fix.js';
import { runCli, workspace } from './helpers/cli.js';
import { root } from './helpers/paths.js';

const job = (lines: string[], eol = '\n') => lines.join(eol) + eol;
const post = [
  '---',
  'title: Senior Enginer',
  '---',
  '# Senior Engineer',
  '',
  '## Responsibilities',
  '',
  '- Work publically with a carrer in mind',
  '- Stay commited <!-- rolelint-disable-line typo -->',
  '',
  '```',
  'publically',
  '```',
  '',
  '## Requirements',
  '',
  '- Experiance with Go',
  '',
  '## Leadership',
  '',
  '- Mentor',
];
const fixedPost = post.map((l) => l.replace('Enginer', 'Engineer').replace('Work publically', 'Work publicly').replace('Experiance', 'Experience'));
const finding = (range: [number, number], text: string): Finding => ({ ruleId: 'typo', severity: 'warning', line: 1, column: 1, message: '', fix: { range, text } });

describe('applyFixes', () => {
  it('applies fixes in document order and skips one that overlaps an earlier one', () => {
    expect(applyFixes('abcdef', [finding([4, 5], 'E'), finding([0, 2], 'AB'), finding([1, 3], 'x')])).toEqual({ text: 'ABcdEf', applied: 2 });
    expect(applyFixes('abc', [finding([1, 1], '-')])).toEqual({ text: 'a-bc', applied: 1 });
  });
});

describe('encodeText', () => {
  it('gives back the bytes a document was read from, in UTF-8 or UTF-16 either way round, byte-order mark included', () => {
    const text = 'Café – 職務\r\n';
    expect(Buffer.from(encodeText(text, 'utf-8', Buffer.from([0xef, 0xbb, 0xbf])))).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(Buffer.from(encodeText(text, 'utf-16le', le.subarray(0, 2)))).toEqual(le);
    const be = Buffer.from(le).swap16();
    expect(Buffer.from(encodeText(text, 'utf-16be', be.subarray(0, 2)))).toEqual(be);
  });
});

describe('CLI --fix', () => {
  it('without --fix: writes nothing, says how many findings it could fix, and the JSON carries each fix', async () => {
    const dir = workspace({ 'job.md': job(post) });
    const text = await runCli(['job.md'], dir);
    expect(text.stdout.split('\n').slice(-3)).toEqual(['✖ 4 problems (0 errors, 4 warnings) in 1 of 1 file', '  3 of them can be fixed with `--fix`', '']);
    const json = JSON.parse((await runCli(['-f', 'json', 'job.md'], dir)).stdout);
    const at = (word: string): [number, number] => [job(post).indexOf(word), job(post).indexOf(word) + word.length];
    expect(json[0].messages.map((m: Finding) => [m.actual, m.fix])).toEqual([
      ['Enginer', { range: at('Enginer'), text: 'Engineer' }],
      ['publically', { range: at('publically'), text: 'publicly' }],
      ['carrer', undefined],
      ['Experiance', { range: at('Experiance'), text: 'Experience' }],
    ]);
    expect(readFileSync(path.join(dir, 'job.md'), 'utf8')).toBe(job(post));
  });

  it('fixes what is certain, leaves a choice, a disabled line and code alone, and reports what remains', async () => {
    const dir = workspace({ 'job.md': job(post), 'clean.md': job(fixedPost) });
    const run = await runCli(['--fix', 'job.md', 'clean.md'], dir);
    expect(readFileSync(path.join(dir, 'job.md'), 'utf8')).toBe(job(fixedPost));
    expect(run.stdout).toBe(
      'job.md:8:24  warning  `carrer` is misspelt; did you mean `career`?  typo\n' +
        'clean.md:8:24  warning  `carrer` is misspelt; did you mean `career`?  typo\n' +
        '✔ fixed 3 problems in 1 file\n' +
        '✖ 2 problems (0 errors, 2 warnings) in 2 of 2 files\n',
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('says in the JSON report how many findings it fixed in a file, beside those that remain', async () => {
    const dir = workspace({ 'job.md': job(post) });
    const report = JSON.parse((await runCli(['--fix', '-f', 'json', 'job.md'], dir)).stdout);
    expect(report).toMatchObject([{ path: 'job.md', fixed: 3, messages: [{ ruleId: 'typo', actual: 'carrer', line: 8, column: 24 }] }]);
    expect(report[0].messages).toHaveLength(1);
  });

  it('keeps line endings, byte-order mark, encoding and file mode, and writes through a symbolic link', async () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(job(post, '\r\n'))]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(job(post), 'utf16le')]);
    const dir = workspace({});
    writeFileSync(path.join(dir, 'crlf.md'), crlf);
    writeFileSync(path.join(dir, 'utf16.md'), utf16);
    chmodSync(path.join(dir, 'crlf.md'), 0o640);
    cpSync(path.join(dir, 'crlf.md'), path.join(dir, 'target.md'));
    symlinkSync('target.md', path.join(dir, 'link.md'));
    await runCli(['--fix', 'crlf.md', 'utf16.md', 'link.md'], dir);
    const crlfFixed = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(job(fixedPost, '\r\n'))]);
    expect(readFileSync(path.join(dir, 'crlf.md'))).toEqual(crlfFixed);
    expect(statSync(path.join(dir, 'crlf.md')).mode & 0o777).toBe(0o640);
    expect(readFileSync(path.join(dir, 'utf16.md'))).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(job(fixedPost), 'utf16le')]));
    expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'link.md'))).toBe('target.md');
    expect(readFileSync(path.join(dir, 'target.md'))).toEqual(crlfFixed);
  });

  it('writes a file with other hard links in place, so every name has the fixes', async () => {
    const dir = workspace({ 'job.md': job(post) });
    linkSync(path.join(dir, 'job.md'), path.join(dir, 'other-name.md'));
    await runCli(['--fix', 'job.md'], dir);
    expect(readFileSync(path.join(dir, 'other-name.md'), 'utf8')).toBe(job(fixedPost));
    expect(statSync(path.join(dir, 'job.md')).ino).toBe(statSync(path.join(dir, 'other-name.md')).ino);
  });

  it.skipIf(process.getuid?.() !== 0)('keeps the owner of a file that root fixes (skipped unless run as root)', async () => {
    const dir = workspace({ 'job.md': job(post) });
    chownSync(path.join(dir, 'job.md'), 1234, 5678);
    await runCli(['--fix', 'job.md'], dir);
    expect(readFileSync(path.join(dir, 'job.md'), 'utf8')).toBe(job(fixedPost));
    const { uid, gid } = statSync(path.join(dir, 'job.md'));
    expect([uid, gid]).toEqual([1234, 5678]);
  });

  it('leaves a read-only file as it is, and says so', async () => {
    const dir = workspace({ 'job.md': job(post) });
    chmodSync(path.join(dir, 'job.md'), 0o444);
    const run = await runCli(['--fix', 'job.md'], dir);
    expect(readFileSync(path.join(dir, 'job.md'), 'utf8')).toBe(job(post));
    expect(run.stderr).toBe('rolelint: `job.md` was not fixed: it could not be written (EACCES: the file is read-only); it is unchanged\n');
    expect(run.stdout).toContain('  3 of them can be fixed with `--fix`\n');
  });

  it('does not write a file whose bytes would not come back the same, and says so', async () => {
    const dir = workspace({});
    const bad = Buffer.concat([Buffer.from(job(post)), Buffer.from([0xff, 0x0a])]);
    writeFileSync(path.join(dir, 'bad.md'), bad);
    const run = await runCli(['--fix', '--fail-on', 'never', 'bad.md'], dir);
    expect(readFileSync(path.join(dir, 'bad.md'))).toEqual(bad);
    expect(run.stderr).toBe('rolelint: `bad.md` was not fixed: it is not valid UTF-8, and writing it back would change more than the fixes\n');
    expect(run.stdout).toContain('bad.md:22:1  error  `bad.md` is not valid UTF-8');
    expect(run.stdout).toContain('  3 of them can be fixed with `--fix`\n');
  });

  it('fixes in worker threads what one thread fixes (the bundled CLI on 70 files)', async () => {
    const files = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`roles/r${i}.md`, job(i % 2 ? post : fixedPost)]));
    const [pooled, single] = [workspace(files), workspace(files)];
    const cli = (cwd: string, workers: string) =>
      promisify(execFile)(process.execPath, [path.join(root, 'dist/cli/index.js'), '--fix', '--workers', workers, '--verbose', 'roles'], { cwd }).catch((e: { stdout: string; stderr: string }) => e);
    const [a, b] = await Promise.all([cli(pooled, '2'), cli(single, '1')]);
    expect(a.stderr).toMatch(/in 2 worker threads/);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('✔ fixed 105 problems in 35 files\n');
    for (let i = 0; i < 70; i++) expect(readFileSync(path.join(pooled, `roles/r${i}.md`), 'utf8')).toBe(job(fixedPost));
  }, 60_000);
});
