/**
 * The Octokit the Action talks to GitHub with: @actions/github's (GITHUB_API_URL honoured, so
 * tests point it at a loopback server), with retries for 5xx and network errors and throttling
 * that honours GitHub's primary and secondary rate limits (`retry-after`). Every failed call is
 * turned into a message that names the call and says what to do.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

export function createOctokit(token: string): Octokit {
  return getOctokit(
    token,
    {
      // @actions/github reads GITHUB_API_URL once, when it is imported; read it now (GHES, tests).
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`GitHub rate limit reached on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
          return retryCount < 2;
        },
      },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    },
    retry,
    throttling,
  );
}

export class ApiError extends Error {
  readonly status: number | undefined;

  constructor(call: string, error: unknown) {
    const status = (error as { status?: number }).status;
    const reason = ((error as { response?: { data?: { message?: string } } }).response?.data?.message ?? (error as Error).message ?? String(error)).split('\n')[0];
    super(`${call} failed${status ? ` (HTTP ${status})` : ''}: ${reason?.replace(/\.$/, '')}. ${advice(status, reason ?? '')}`);
    this.name = 'ApiError';
    this.status = status;
  }

  /** The token may not do this (read-only fork token, missing permission): a fallback applies. */
  get forbidden(): boolean {
    return this.status === 403 && !/rate limit/i.test(this.message);
  }
}

function advice(status: number | undefined, reason: string): string {
  if (status === 401) return 'The token is not valid: check the `github-token` input.';
  if (status === 403 && /rate limit/i.test(reason)) return 'GitHub rate-limited the token; the run retried and gave up. Run again later, or lint fewer files (`changed-only`).';
  if (status === 403) return 'The token lacks a permission: add `permissions: checks: write` (and `pull-requests: read`) to the job. Pull requests from forks get a read-only token.';
  if (status === 404) return 'GitHub cannot find it, or the token cannot see it: check the repository and `pull-requests: read`.';
  if (status === 422) return 'GitHub rejected the request body; please report this with the log.';
  if (status !== undefined && status >= 500) return 'GitHub had an error and the retries ran out; run the job again.';
  return 'Check the network and GITHUB_API_URL.';
}

/** Runs one API call, turning its failure into an ApiError naming it. */
export async function call<T>(name: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw new ApiError(name, error);
  }
}
