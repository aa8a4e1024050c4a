import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './project-root.js';

describe('projectRoot', () => {
  it('is the nearest folder up that holds .git, a directory or a worktree file', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'rolelint-root-'));
    mkdirSync(path.join(base, 'repo/.git'), { recursive: true });
    mkdirSync(path.join(base, 'repo/jobs/eng'), { recursive: true });
    mkdirSync(path.join(base, 'worktree/jobs'), { recursive: true });
    writeFileSync(path.join(base, 'worktree/.git'), 'gitdir: ../repo/.git/worktrees/w\n');
    expect(projectRoot(path.join(base, 'repo/jobs/eng'))).toBe(path.join(base, 'repo'));
    expect(projectRoot(path.join(base, 'worktree/jobs'))).toBe(path.join(base, 'worktree'));
  });

  it('is the working directory when no folder up holds .git', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'rolelint-root-'));
    mkdirSync(path.join(base, 'jobs'));
    // The temporary folder itself may sit in a repository on some machines; then that is the answer.
    const expected = projectRoot(base) === base ? path.join(base, 'jobs') : projectRoot(base);
    expect(projectRoot(path.join(base, 'jobs'))).toBe(expected);
  });
});
