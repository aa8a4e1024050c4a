/**
 * Issue 30: a per-file time budget (`maxSeconds` of `file-too-complex`). The engine checks it after
 * parsing and after each rule; a worker still on one file after twice the budget is stopped with
 * its thread (a parse cannot be interrupted otherwise). Either way the file gets a finding and the
 * run goes on.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/core/types.js';
import { defaultConfig } from '../../src/engine/config.js';
import { lintDocument } from '../../src/node/lint.js';
import { workspace } from '../helpers/cli.js';
import { runBundledCli } from './measure.js';

const complete = '# Role\n\n## Responsibilities\n\n- Own it\n\n## Requirements\n\n- Care\n\n## Leadership\n\n- Lead\n';
const withBudget = (seconds: number): ResolvedConfig => ({ rules: { ...defaultConfig().rules, 'file-too-complex': { level: 'warning', options: { maxSeconds: seconds } } } });

describe('the time budget of one file', () => {
  it('skips the rules left once parsing and the rules so far took longer, and says which', async () => {
    const { messages } = await lintDocument({ path: 'doc.md', contents: `${complete}- Own it\n` }, withBudget(1e-9));
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['1:1 file-too-complex']);
    expect(messages[0]!.message).toMatch(
      /^Linting `doc\.md` took [\d.e-]+ s, past its budget of 1e-9 s \(`maxSeconds` of `file-too-complex`\), so `broken-markdown`, `confusable-word`, `duplicate-bullet`, `duplicate-heading`, `empty-section`, `fair-wording`, `frontmatter`, `invisible-character`, `pay-transparency`, `repeated-word`, `required-sections`, `typo` were not run; the other files were linted$/,
    );
  });

  it('runs every rule within the default budget of 10 s', async () => {
    const { messages } = await lintDocument({ path: 'doc.md', contents: complete.replace('- Own it\n', '- Own it\n- Own it\n') });
    expect(messages.map((m) => m.ruleId)).toEqual(['duplicate-bullet']);
  });

  it('stops a worker that spends twice the budget on one file, and lints the other files', async () => {
    // 60,000 list items under a raised size limit: past the guard, and 3-5 s to parse.
    const documents = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`docs/r${String(i).padStart(2, '0')}.md`, complete]));
    const dir = workspace({ ...documents, 'docs/big.md': `# T\n\n${Array.from({ length: 60_000 }, (_, i) => `- item ${i}`).join('\n')}\n` });
    writeFileSync(path.join(dir, '.rolelintrc.json'), JSON.stringify({ rules: { 'file-too-large': ['warning', { maxBytes: 64 * 2 ** 20 }], 'file-too-complex': ['warning', { maxSeconds: 0.25 }] } }));
    const run = await runBundledCli(['--workers', '2', '--verbose', '--format', 'json', 'docs'], dir);
    expect(run.stderr).toMatch(/rolelint: 71 files linted in 2 worker threads/);
    const report = JSON.parse(run.stdout) as { path: string; messages: { ruleId: string; message: string }[] }[];
    expect(report.map((r) => r.path)).toEqual(['docs/big.md', ...Object.keys(documents)]);
    expect(report[0]!.messages).toEqual([
      expect.objectContaining({ ruleId: 'file-too-complex', message: 'Linting `docs/big.md` was stopped after 0.5 s, 2 times its budget (`maxSeconds` of `file-too-complex`); it was not linted, the other files were' }),
    ]);
    expect(report.slice(1).every((r) => r.messages.length === 0)).toBe(true);
    expect(run.code).toBe(0);
  });
});
