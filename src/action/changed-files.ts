/**
 * The pull request's added and modified files, with the lines each adds (from the patches), so
 * capped annotation slots go to findings on changed lines first. Listed through the API, 100 a
 * page. Where the API cannot give the list (GitHub stops it at 3,000 files; a call fails, times
 * out, is rate-limited or answers something that is no file list), it comes from `git diff`
 * between the base and the head in the checkout (deepened if shallow): the same files, so the
 * result does not depend on whether GitHub answered.
 */
import { execFileSync } from 'node:child_process';
import * as core from '@actions/core';
import { diffLines, type DiffLines } from '../core/diff.js';
import type { RunEvent } from './event.js';
import { ApiError, call, type Octokit } from './github.js';

export const apiFileCap = 3000;
/** A git command that takes longer (a fetch from a remote that does not answer) is stopped. */
const gitTimeoutMs = 120_000;

/** `git diff` could not list the files (no git, no checkout, base unreachable). */
export class GitDiffError extends Error {}

export interface ChangedFiles {
  paths: string[];
  /** Lines added or changed in the head, per path; absent when unknown (no patch). */
  lines: Map<string, Set<number>>;
  /** Every path in `paths`, with its lines in the diff where the patch is known. */
  diff: Map<string, DiffLines | undefined>;
  /** Every path the pull request touches, removed and renamed-from ones included (a configuration may be among them). */
  touched: string[];
  /** Each file's patch, where known. */
  patches: Map<string, string>;
  /** Where the list came from, for the log and the summary. */
  source: 'api' | 'git';
}

type PullRequestEvent = RunEvent & { pullRequest: NonNullable<RunEvent['pullRequest']> };

/**
 * The changed files, from the API when there is a token and it answers, else from `git diff`.
 * Throws GitDiffError when neither can give them: then nobody can know which files changed.
 */
export async function changedFiles(octokit: Octokit | undefined, event: PullRequestEvent, cwd: string): Promise<ChangedFiles> {
  if (!octokit) {
    core.info('rolelint: no `github-token`: taking the changed files from `git diff` in the checkout');
    return fromGit(event, cwd);
  }
  let files: ApiFile[];
  try {
    files = await listFromApi(octokit, event);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    core.warning(`${error.message} Taking the changed files from \`git diff\` in the checkout instead, so the same files are linted.`);
    return fromGit(event, cwd);
  }
  if (files.length >= apiFileCap) {
    core.info(`rolelint: the pull request changes ${files.length}+ files, past the API's ${apiFileCap}-file list; taking the list from \`git diff\` instead`);
    return fromGit(event, cwd);
  }
  const touched = files.flatMap((f) => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]);
  const patches = new Map(files.flatMap((f) => (f.patch ? [[f.filename, f.patch] as const] : [])));
  return described(files.filter((f) => f.status !== 'removed').map((f) => f.filename), patches, touched, 'api');
}

interface ApiFile {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
}

/** The changed files with their lines, from their patches (a file without one: lines unknown). */
function described(paths: string[], patches: Map<string, string>, touched: string[], source: ChangedFiles['source']): ChangedFiles {
  const diff = new Map<string, DiffLines | undefined>();
  const lines = new Map<string, Set<number>>();
  for (const p of paths) {
    const patch = patches.get(p);
    const d = patch === undefined ? undefined : diffLines(patch);
    diff.set(p, d);
    if (d) lines.set(p, d.added);
  }
  return { paths, lines, diff, touched, patches, source };
}

async function listFromApi(octokit: Octokit, event: PullRequestEvent): Promise<ApiFile[]> {
  const name = `GET /repos/${event.owner}/${event.repo}/pulls/${event.pullRequest.number}/files (pulls.listFiles)`;
  const files: unknown = await call(name, () => octokit.paginate(octokit.rest.pulls.listFiles, { owner: event.owner, repo: event.repo, pull_number: event.pullRequest.number, per_page: 100 }));
  // A proxy's error page or a cut-off answer is no list of files: read as one, it would name none, or nonsense.
  const valid = Array.isArray(files) && files.every((f) => typeof f === 'object' && f !== null && typeof f.filename === 'string' && typeof f.status === 'string');
  if (!valid) throw new ApiError(name, { message: 'GitHub answered with something that is not a list of files' });
  return files as ApiFile[];
}

/** Lines of the new file that a unified diff adds (`+`), numbered in the new file. */
export function addedLines(patch: string): Set<number> {
  return diffLines(patch).added;
}

function fromGit(event: PullRequestEvent, cwd: string): ChangedFiles {
  const { baseSha: base, commits } = event.pullRequest;
  const head = event.headSha;
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: gitTimeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
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
  // What GitHub lists: the changes since the merge base (three dots), not the base branch's own since.
  let range = `${base}...${head}`;
  try {
    git('merge-base', base, head);
  } catch {
    range = `${base}..${head}`;
  }
  const paths = git('diff', '--name-only', '--diff-filter=d', '-z', range).split('\0').filter(Boolean);
  // Without rename detection a rename is its old path removed and its new one added: both touched.
  const touched = git('diff', '--name-only', '--no-renames', '-z', range).split('\0').filter(Boolean);
  // Three lines of context, as GitHub's patches have, for `filter-mode: diff_context`.
  return described(paths, filePatches(git('diff', '--unified=3', '--no-color', '--no-ext-diff', '--diff-filter=d', range)), touched, 'git');
}

/** The hunks of each file in `git diff` output, by the path after `+++ b/`. */
function filePatches(diff: string): Map<string, string> {
  const patches = new Map<string, string>();
  let file: string | undefined;
  let patch: string[] = [];
  // Between `diff --git` and the first hunk: an added line may start with `+++ ` too.
  let header = false;
  const done = () => {
    if (file !== undefined && patch.length > 0) patches.set(file, patch.join('\n'));
    patch = [];
  };
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      done();
      file = undefined;
      header = true;
    } else if (header && line.startsWith('@@')) {
      header = false;
      patch.push(line);
    } else if (header && line.startsWith('+++ ')) {
      const name = line.slice(4);
      file = name === '/dev/null' ? undefined : unquote(name).replace(/^b\//, '');
    } else if (!header && file !== undefined) {
      patch.push(line);
    }
  }
  done();
  return patches;
}

/** A path as git quotes one holding a quote, a backslash or a control character: `"b/a\tb.md"`. */
function unquote(name: string): string {
  if (!name.startsWith('"')) return name;
  const escapes: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '"': '"', '\\': '\\' };
  const bytes: number[] = [];
  const body = name.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') {
      bytes.push(...Buffer.from(body[i]!));
    } else if (/[0-7]{3}/.test(body.slice(i + 1, i + 4))) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(...Buffer.from(escapes[body[i + 1]!] ?? body[i + 1]!));
      i++;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
