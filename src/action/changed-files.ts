/**
 * The pull request's added and modified files, with the lines each adds (from the patches), so
 * capped annotation slots go to findings on changed lines first. Listed through the API, 100 a
 * page; GitHub stops that list at 3,000 files, and past it the list comes from `git diff` in the
 * checkout (deepened if shallow).
 */
import { execFileSync } from 'node:child_process';
import * as core from '@actions/core';
import type { RunEvent } from './event.js';
import { call, type Octokit } from './github.js';

export const apiFileCap = 3000;

/** `git diff` could not list the files (no git, no checkout, base unreachable). */
export class GitDiffError extends Error {}

export interface ChangedFiles {
  paths: string[];
  /** Lines added or changed in the head, per path; absent when unknown (git fallback, no patch). */
  lines: Map<string, Set<number>>;
}

export async function changedFiles(octokit: Octokit, event: RunEvent & { pullRequest: NonNullable<RunEvent['pullRequest']> }, cwd: string): Promise<ChangedFiles> {
  const files = await call(`GET /repos/${event.owner}/${event.repo}/pulls/${event.pullRequest.number}/files (pulls.listFiles)`, () =>
    octokit.paginate(octokit.rest.pulls.listFiles, { owner: event.owner, repo: event.repo, pull_number: event.pullRequest.number, per_page: 100 }),
  );
  if (files.length >= apiFileCap) {
    core.info(`rolelint: the pull request changes ${files.length}+ files, past the API's ${apiFileCap}-file list; taking the list from \`git diff\` instead`);
    return { paths: gitChangedFiles(event.pullRequest.baseSha, event.headSha, event.pullRequest.commits, cwd), lines: new Map() };
  }
  const lines = new Map<string, Set<number>>();
  const paths: string[] = [];
  for (const file of files) {
    if (file.status === 'removed') continue;
    paths.push(file.filename);
    if (file.patch) lines.set(file.filename, addedLines(file.patch));
  }
  return { paths, lines };
}

/** Lines of the new file that a unified diff adds (`+`), numbered in the new file. */
export function addedLines(patch: string): Set<number> {
  const added = new Set<number>();
  let line = 0;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
    } else if (text.startsWith('+')) {
      added.add(line++);
    } else if (text.startsWith(' ')) {
      line++;
    }
  }
  return added;
}

function gitChangedFiles(base: string, head: string, commits: number, cwd: string): string[] {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim() || (error as Error).message;
      throw new GitDiffError(`\`git ${args.join(' ')}\` failed in ${cwd}: ${stderr}. Check out the repository before rolelint (actions/checkout), with \`fetch-depth: 0\` for very large pull requests.`);
    }
  };
  try {
    git('cat-file', '-e', `${base}^{commit}`);
  } catch {
    // A shallow checkout lacks the base: deepen by the pull request's commits, as cspell-action does.
    core.info(`rolelint: the base commit ${base} is not in the checkout; fetching ${commits + 1} more commits of ${head}`);
    git('fetch', '--no-tags', `--deepen=${commits + 1}`, 'origin', head);
  }
  return git('diff', '--name-only', '--diff-filter=d', '-z', base, head).split('\0').filter(Boolean);
}
