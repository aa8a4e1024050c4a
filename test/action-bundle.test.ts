/**
 * Runs the committed Action bundle the way the runner does (`node dist/index.js` with INPUT_*
 * variables and a GITHUB_OUTPUT file): a bundle that builds can still fail to load.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/paths.js';

function runAction(inputs: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rolelint-action-'));
  const output = path.join(dir, 'output');
  writeFileSync(output, '');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: root, GITHUB_OUTPUT: output };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = spawnSync(process.execPath, [path.join(root, 'dist/index.js')], { cwd: root, env, encoding: 'utf8' });
  return { ...run, outputs: readFileSync(output, 'utf8') };
}

describe('Action bundle (dist/index.js)', () => {
  it('annotates every finding with file, line and columns, sets outputs and fails on errors', () => {
    const run = runAction({ files: 'fixtures/missing-leadership.md fixtures/complete-job-post.md', 'fail-on': 'error' });
    expect(run.stdout).toContain(
      '::error title=rolelint required-sections,file=fixtures/missing-leadership.md,line=2,endLine=2,col=1,endColumn=20::Missing section `Leadership`',
    );
    expect(run.outputs).toMatch(/errors<<.*\n1\n/);
    expect(run.outputs).toMatch(/files<<.*\n2\n/);
    expect(run.stdout).toContain('::error::rolelint: 1 findings at or above `fail-on: error`');
    expect(run.status).toBe(1);
  });

  it('passes with fail-on: never, and rejects an unknown fail-on naming the input', () => {
    expect(runAction({ files: 'fixtures/missing-leadership.md', 'fail-on': 'never' }).status).toBe(0);
    const bad = runAction({ files: 'fixtures', 'fail-on': 'sometimes' });
    expect(bad.stdout).toContain('::error::Input `fail-on` is `sometimes`: expected one of error, warning, info, never');
    expect(bad.status).toBe(1);
  });
});
