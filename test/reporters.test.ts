/**
 * Reporters at GitHub's edges: annotations and SARIF never point past a file's last line, and the
 * job summary stays under GitHub's 1 MiB step limit however many findings there are, counting bytes
 * (not characters) and saying how many rows it left out.
 */
import { describe, expect, it } from 'vitest';
import type { FileResult, Finding } from '../src/core/types.js';
import { lintDocument } from '../src/node/lint.js';
import { checkAnnotations } from '../src/reporters/check-run.js';
import { formatCodeQuality } from '../src/reporters/codequality.js';
import { formatJson } from '../src/reporters/json.js';
import { formatSarif } from '../src/reporters/sarif.js';
import { suggestionComments } from '../src/reporters/suggestions.js';
import { summaryLimit, summaryMarkdown } from '../src/reporters/summary.js';

const finding = (line: number, extra: Partial<Finding> = {}): Finding => ({ ruleId: 'typo', severity: 'warning', line, column: 3, endColumn: 9, message: 'm', ...extra });

describe('findings stay on lines the file has', () => {
  it('the engine reports how many lines a document has (a final newline starts none)', async () => {
    expect((await lintDocument({ path: 'a.md', contents: '# A\n\nText.\n' })).lines).toBe(3);
    expect((await lintDocument({ path: 'a.md', contents: new TextEncoder().encode('# A\n\nText.') })).lines).toBe(3);
  });

  it('a finding past the end goes to the last line without columns; one before line 1 to line 1', () => {
    const result: FileResult = { path: 'a.md', lines: 3, messages: [finding(2), finding(40), finding(0), finding(2, { endLine: 9 })] };
    expect(checkAnnotations([result]).map(({ start_line, end_line, start_column, end_column }) => ({ start_line, end_line, start_column, end_column }))).toEqual([
      { start_line: 2, end_line: 2, start_column: 3, end_column: 9 },
      { start_line: 3, end_line: 3, start_column: undefined, end_column: undefined },
      { start_line: 1, end_line: 1, start_column: undefined, end_column: undefined },
      { start_line: 2, end_line: 3, start_column: undefined, end_column: undefined },
    ]);
    const sarif = JSON.parse(formatSarif([result], [], { version: '0', helpUri: () => '' }));
    expect(sarif.runs[0].results.map((r: { locations: { physicalLocation: { region: object } }[] }) => r.locations[0]!.physicalLocation.region)).toEqual([
      { startLine: 2, startColumn: 3, endLine: 2, endColumn: 9 },
      { startLine: 3, endLine: 3 },
      { startLine: 1, endLine: 1 },
      { startLine: 2, endLine: 3 },
    ]);
  });
});

describe('job summary size', () => {
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  // 400 files × 100 findings with long, multi-byte messages: about 13 MB of rows uncut.
  const message = `Ce titre « ${'é'.repeat(120)} » est répété — ${'日本語'.repeat(20)}`;
  const results: FileResult[] = Array.from({ length: 400 }, (_, f) => ({
    path: `roles/r${f}.md`,
    messages: Array.from({ length: 100 }, (_, i) => finding(i + 1, { message })),
  }));

  it('stops under 1 MiB in UTF-8 bytes and counts what it left out', () => {
    const markdown = summaryMarkdown(results, { lineUrl: (p, l) => `https://github.com/o/r/blob/abc/${p}#L${l}` });
    expect(bytes(markdown)).toBeLessThanOrEqual(summaryLimit);
    expect(bytes(markdown)).toBeGreaterThan(summaryLimit - 4096);
    const rows = markdown.match(/^\| \[\d+\]/gm)!.length;
    expect(markdown).toContain(`**${40_000 - rows} more findings are not listed here**: GitHub limits a step summary to 1 MiB.`);
    expect(markdown.startsWith('## rolelint\n\n40000 findings in 400 of 400 files.')).toBe(true);
  });

  it('lists every finding when they fit', () => {
    const markdown = summaryMarkdown(results.slice(0, 2));
    expect(markdown.match(/^\| \d+ \| warning \| `typo` \|/gm)!.length).toBe(200);
    expect(markdown).not.toContain('more findings are not listed');
  });

  it("links each rule to its documentation when it knows where that is", () => {
    const markdown = summaryMarkdown(results.slice(0, 1), { ruleUrl: (id) => (id === 'typo' ? 'https://example.com/typo.md' : undefined) });
    expect(markdown.match(/^\| \d+ \| warning \| \[`typo`\]\(https:\/\/example\.com\/typo\.md\) \|/gm)!.length).toBe(100);
  });

  it('says how many findings `rolelint --fix` would correct, when any would', () => {
    const fixable = finding(1, { fix: { range: [0, 3], text: 'x' } });
    expect(summaryMarkdown([{ path: 'a.md', messages: [fixable, finding(2), fixable] }]).split('\n')[4]).toBe(
      '2 findings can be fixed by running `npx rolelint --fix` on the files.',
    );
    expect(summaryMarkdown(results.slice(0, 1))).not.toContain('--fix');
  });

  it('counts one file in the singular', () => {
    expect(summaryMarkdown(results.slice(0, 1)).split('\n')[2]).toBe('100 findings in 1 of 1 file.');
    expect(summaryMarkdown([{ path: 'a.md', messages: [] }]).split('\n')[2]).toBe('No findings in 1 file.');
  });
});

describe('suggested changes', () => {
  const fixAt = (text: string, word: string, by: string): Finding => {
    const at = text.indexOf(word);
    return { ruleId: 'typo', severity: 'warning', line: 1, column: 1, message: `\`${word}\` is misspelt`, actual: word, fix: { range: [at, at + word.length], text: by } };
  };

  it('replace the whole line, CRLF files included, with a fence longer than any backtick run in it', () => {
    const text = '# A\r\n\r\nRun ````x```` publically\r\n';
    const { comments, offDiff } = suggestionComments([{ path: 'a.md', messages: [fixAt(text, 'publically', 'publicly')] }], new Map([['a.md', text]]), new Map([['a.md', new Set([3])]]));
    expect(offDiff).toBe(0);
    expect(comments.map((c) => [c.line, c.body.split('\n').slice(2, 5)])).toEqual([[3, ['`````suggestion', 'Run ````x```` publicly', '`````']]]);
  });

  it('keep a fingerprint of the line before and after: the same fix has the same one wherever the line moves', () => {
    const one = '# A\n\nWork publically\n';
    const two = '# A\n\nIntro.\n\nWork publically\n';
    const print = (text: string, line: number) => suggestionComments([{ path: 'a.md', messages: [fixAt(text, 'publically', 'publicly')] }], new Map([['a.md', text]]), new Map([['a.md', new Set([line])]])).comments[0]!.fingerprint;
    expect(print(one, 3)).toBe(print(two, 5));
  });

  it('count as off the diff a fix on a line the pull request does not add, or in a file whose lines are unknown', () => {
    const text = 'Work publically\n';
    const results = [{ path: 'a.md', messages: [fixAt(text, 'publically', 'publicly')] }, { path: 'b.md', messages: [fixAt(text, 'publically', 'publicly')] }];
    expect(suggestionComments(results, new Map([['a.md', text], ['b.md', text]]), new Map([['a.md', new Set([2])]]))).toEqual({ comments: [], offDiff: 2 });
  });
});

describe('GitLab Code Quality report', () => {
  it('gives each finding as GitLab reads it, with a fingerprint that survives a move and tells two alike apart', () => {
    const typo = (line: number): Finding => ({ ruleId: 'typo', severity: 'warning', line, column: 3, message: '`publically` is misspelt' });
    const missing: Finding = { ruleId: 'required-sections', severity: 'error', line: 1, column: 1, endLine: 2, endColumn: 4, message: 'Missing section `Leadership`' };
    const report = JSON.parse(formatCodeQuality([{ path: './jobs/a.md', messages: [missing, typo(5), typo(9)] }]));
    expect(report.map(({ fingerprint, ...rest }: { fingerprint: string }) => rest)).toEqual([
      { description: 'Missing section `Leadership`', check_name: 'required-sections', severity: 'major', location: { path: 'jobs/a.md', lines: { begin: 1, end: 2 } } },
      { description: '`publically` is misspelt', check_name: 'typo', severity: 'minor', location: { path: 'jobs/a.md', lines: { begin: 5 } } },
      { description: '`publically` is misspelt', check_name: 'typo', severity: 'minor', location: { path: 'jobs/a.md', lines: { begin: 9 } } },
    ]);
    const prints = report.map((i: { fingerprint: string }) => i.fingerprint);
    expect(new Set(prints).size).toBe(3);
    expect(prints.every((p: string) => /^[0-9a-f]{16}$/.test(p))).toBe(true);
    // The same findings two lines lower are the same issues.
    const moved = JSON.parse(formatCodeQuality([{ path: './jobs/a.md', messages: [missing, typo(7), typo(11)] }]));
    expect(moved.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(prints);
  });
});

describe('measures: a reading of the whole document beside its findings', () => {
  const measured: FileResult = {
    path: 'jobs/sales.md',
    messages: [finding(5)],
    measures: [{ ruleId: 'fair-wording', id: 'gender-coding', label: 'Gender-coded words', value: -6, verdict: 'strongly masculine-coded', counts: { masculine: 6, feminine: 0 }, words: { masculine: ['ambitious', 'competitive'], feminine: [] } }],
  };

  it('the JSON report carries them as they are, and no key where there are none', () => {
    const [withMeasures, without] = JSON.parse(formatJson([measured, { path: 'b.md', messages: [] }]));
    expect(withMeasures.measures).toEqual(measured.measures);
    expect(without).not.toHaveProperty('measures');
  });

  it('the job summary shows one row per document and measure, not one per word', () => {
    const lines = summaryMarkdown([measured, { path: 'b.md', messages: [] }]).split('\n');
    const at = lines.indexOf('### Measures');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 2, at + 6)).toEqual([
      '| file | measure | verdict | counts | words |',
      '| --- | --- | --- | --- | --- |',
      '| `jobs/sales.md` | Gender-coded words | strongly masculine-coded | masculine 6, feminine 0 | masculine: ambitious, competitive |',
      '',
    ]);
    expect(summaryMarkdown([{ path: 'b.md', messages: [] }])).not.toContain('Measures');
  });

  it('the engine puts a rule’s measure of a job post in the file’s result', async () => {
    const post = '---\nkind: job-post\n---\n\n# Sales Engineer\n\nWe want an ambitious, competitive, confident and assertive engineer.\n';
    const result = await lintDocument({ path: 'jobs/sales.md', contents: post });
    expect(result.measures).toEqual([
      { ruleId: 'fair-wording', id: 'gender-coding', label: 'Gender-coded words', value: -4, verdict: 'strongly masculine-coded', counts: { masculine: 4, feminine: 0 }, words: { masculine: ['ambitious', 'competitive', 'confident', 'assertive'], feminine: [] } },
    ]);
    expect(result.messages.filter((m) => m.ruleId === 'fair-wording').map((m) => [m.line, m.severity, m.actual])).toEqual([[5, 'warning', 'strongly masculine-coded']]);
    expect((await lintDocument({ path: 'notes.md', contents: '# Notes\n\nAn ambitious plan.\n' })).measures).toBeUndefined();
  });
});
