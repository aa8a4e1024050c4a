/**
 * The committed bundles check spelling with the dictionaries copied into dist/dicts/, not from
 * node_modules: dist/ is copied to a folder with no node_modules and run there. A renamed or
 * misread dictionary fails with wrong answers, not an error, so real words and real suggestions
 * are asserted.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/paths.js';

describe('spelling in the bundles, away from node_modules', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rolelint-bundle-'));
  cpSync(path.join(root, 'dist'), path.join(dir, 'dist'), { recursive: true });
  writeFileSync(
    path.join(dir, 'role.md'),
    '# Role\n\n## Responsibilities\n\n- We recieve requests from the organisation and the organization.\n- Kubernetes, GraphQL, PostgreSQL and OKRs; behaviour and colour.\n\n## Requirements\n\n- Infrastucture skills.\n- Know the recommanded tools.\n\n## Leadership\n\n- Lead.\n',
  );

  it('the CLI bundle knows US and British words and tech terms, and suggests the right corrections', () => {
    const run = spawnSync(process.execPath, [path.join(dir, 'dist/cli/index.js'), '--format', 'json', 'role.md'], { cwd: dir, encoding: 'utf8' });
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; line: number; column: number; actual: string; expected: string[] }[] }[];
    expect(result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.actual} -> ${m.expected.join(',')}`)).toEqual([
      '5:6 typo recieve -> receive,received,relieve',
      '10:3 typo Infrastucture -> Infrastructure,Infrastructures,Infrastructural',
      // In the British dictionary, but cspell's common-misspellings list (read from dist/dicts) names it.
      '11:12 typo recommanded -> recommended,recommenced,recommender',
    ]);
  });

  it('the Action bundle does too', () => {
    const env = { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: dir, INPUT_FILES: 'role.md', 'INPUT_FAIL-ON': 'never' };
    const run = spawnSync(process.execPath, [path.join(dir, 'dist/index.js')], { cwd: dir, env, encoding: 'utf8' });
    expect(run.stdout).toContain('::warning title=rolelint typo,file=role.md,line=5,endLine=5,col=6,endColumn=13::`recieve` is misspelt; did you mean `receive`?');
    expect(run.stdout).not.toContain('organisation');
    expect(run.status).toBe(0);
  });
});
