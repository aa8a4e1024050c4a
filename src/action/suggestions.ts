/**
 * Suggested changes on the pull request (`suggestions: true`): one review whose comments offer the
 * fixes `rolelint --fix` would make on the lines the pull request adds, for a reviewer to commit in
 * one click. A suggestion posted by an earlier run (its fingerprint in a comment) is not posted
 * again; at most 30 go in one review, as GitHub refuses larger bursts. Nothing here changes the
 * result: a refused review is a warning.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import type { FileResult } from '../core/types.js';
import { decodeDocument } from '../engine/decode.js';
import { fingerprintPattern, suggestionComments } from '../reporters/suggestions.js';
import type { RunEvent } from './event.js';
import { ApiError, call, type Octokit } from './github.js';
import { matchesOf } from '../core/matches.js';

/** Comments in one review: more in one request are refused as abuse ("submitted too quickly"). */
export const commentsPerReview = 30;

/** Posts the review; says in a sentence what was suggested, for the log and the job summary. */
export async function postSuggestions(
  octokit: Octokit,
  event: RunEvent & { pullRequest: NonNullable<RunEvent['pullRequest']> },
  results: readonly FileResult[],
  addedLines: ReadonlyMap<string, ReadonlySet<number>>,
  cwd: string,
): Promise<string> {
  const texts = new Map<string, string>();
  for (const result of results) {
    if (!result.messages.some((m) => m.fix)) continue;
    const text = readText(path.resolve(cwd, result.path));
    if (text !== undefined) texts.set(result.path, text);
  }
  const { comments, offDiff } = suggestionComments(results, texts, addedLines);
  const elsewhere = offDiff > 0 ? ` ${offDiff} more fixable finding${offDiff === 1 ? ' is' : 's are'} on lines the pull request does not change: \`npx rolelint --fix\` corrects them.` : '';
  if (comments.length === 0) return `No suggested change to post.${elsewhere}`;
  const pr = { owner: event.owner, repo: event.repo, pull_number: event.pullRequest.number };
  try {
    const existing = await call(`GET /repos/${event.owner}/${event.repo}/pulls/${pr.pull_number}/comments (pulls.listReviewComments)`, () =>
      octokit.paginate(octokit.rest.pulls.listReviewComments, { ...pr, per_page: 100 }),
    );
    const posted = new Set(existing.flatMap((c) => [...matchesOf(fingerprintPattern, c.body ?? '')].map((m) => m[1]!)));
    const fresh = comments.filter((c) => !posted.has(c.fingerprint));
    if (fresh.length === 0) return `All ${comments.length} suggested changes are on the pull request already.${elsewhere}`;
    const batch = fresh.slice(0, commentsPerReview);
    const later = fresh.length - batch.length;
    const body = `rolelint suggests ${batch.length} change${batch.length === 1 ? '' : 's'}: commit them from the comments below, or run \`npx rolelint --fix\`.${later > 0 ? ` ${later} more follow on the next run.` : ''}${elsewhere}`;
    await call(`POST /repos/${event.owner}/${event.repo}/pulls/${pr.pull_number}/reviews (pulls.createReview)`, () =>
      octokit.rest.pulls.createReview({ ...pr, commit_id: event.headSha, event: 'COMMENT', body, comments: batch.map((c) => ({ path: c.path, line: c.line, side: 'RIGHT' as const, body: c.body })) }),
    );
    return `Posted ${batch.length} suggested change${batch.length === 1 ? '' : 's'} in a review.${later > 0 ? ` ${later} more follow on the next run.` : ''}${elsewhere}`;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const permission = error.status === 403 || error.status === 404;
    core.warning(
      permission
        ? `rolelint could not post its suggested changes (HTTP ${error.status}): they need \`permissions: pull-requests: write\`, which pull requests from forks do not get. The findings are annotated all the same.`
        : error.message,
    );
    return 'The suggested changes could not be posted (see the warning in the log).';
  }
}

/** A document's text as the engine read it, or undefined when it is not text. */
function readText(file: string): string | undefined {
  try {
    return decodeDocument(readFileSync(file))?.text;
  } catch {
    return undefined;
  }
}
