/**
 * The Octokit the Action talks to GitHub with: @actions/github's (GITHUB_API_URL honoured, so
 * tests point it at a loopback server), with retries for 5xx and network errors and throttling
 * that honours GitHub's primary and secondary rate limits (`retry-after`), all within a time
 * budget: each request gets at most `perCallMs`, and none is made once the budget (the
 * `api-timeout` input) is spent, so a GitHub that never answers, or rate-limits every call, costs
 * the run that budget and no more. Every failed call is turned into a message that names the
 * call and says what to do.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

/** The time the Action may spend on GitHub's API, all calls and their retries together. */
export interface ApiBudget {
  seconds: number;
  /** Epoch milliseconds past which no request is made, and any in flight is abandoned. */
  deadline: number;
  /** The longest one request may wait for its answer. */
  perCallMs: number;
}

/** No request waits longer than this for its answer (GitHub's own requests time out at 10 s). */
const maxCallMs = 20_000;

export function apiBudget(seconds: number, now = Date.now()): ApiBudget {
  return { seconds, deadline: now + seconds * 1000, perCallMs: Math.min(maxCallMs, Math.max(1000, (seconds * 1000) / 4)) };
}

const left = (budget: ApiBudget) => budget.deadline - Date.now();

/**
 * A request given up on (no answer in time, or the budget spent). Named `AbortError`, which
 * Octokit passes on as it is: neither plugin retries it, since a server that did not answer in
 * time would only spend more of the budget.
 */
class GaveUp extends Error {
  override readonly name = 'AbortError';
  readonly gaveUp = true;
}

export function createOctokit(token: string, budget: ApiBudget): Octokit {
  // @actions/github's own fetch goes through the runner's proxy (HTTPS_PROXY, NO_PROXY).
  const send = ((defaults.request as { fetch?: typeof fetch } | undefined)?.fetch ?? fetch) as typeof fetch;
  const fetchWithin: typeof fetch = async (url, init) => {
    const remaining = left(budget);
    if (remaining <= 0) throw new GaveUp(`not sent: the Action's ${budget.seconds} s for GitHub's API (\`api-timeout\`) are spent`);
    const wait = Math.min(budget.perCallMs, remaining);
    const timeout = AbortSignal.timeout(wait);
    try {
      return await send(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
    } catch (error) {
      if (timeout.aborted) throw new GaveUp(`no answer within ${Math.round(wait / 100) / 10} s`);
      throw error;
    }
  };
  // Rate limits: retried only when the wait GitHub asks for fits in the budget left.
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const fits = retryCount < 2 && retryAfter * 1000 < left(budget) - budget.perCallMs;
    core.warning(`GitHub ${kind} on ${options.method} ${options.url}; ${fits ? `retrying in ${retryAfter} s` : `it asks to wait ${retryAfter} s, more than the Action's API time left (\`api-timeout\`), so the call is given up`}`);
    return fits;
  };
  return getOctokit(
    token,
    {
      // @actions/github reads GITHUB_API_URL once, when it is imported; read it now (GHES, tests).
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      request: { fetch: fetchWithin },
      throttle: { onRateLimit: onLimit('rate limit reached'), onSecondaryRateLimit: onLimit('secondary rate limit') },
      // 429 is the throttling plugin's (or given up, when GitHub says no more); waits of 0.3, 1.2
      // and 2.7 s between tries keep a GitHub in trouble from taking the budget in waits.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retryAfterBaseValue: 300 },
    },
    retry,
    throttling,
  );
}

export class ApiError extends Error {
  readonly status: number | undefined;

  constructor(call: string, error: unknown) {
    const gaveUp = (error as { gaveUp?: boolean }).gaveUp === true;
    const status = gaveUp ? undefined : (error as { status?: number }).status;
    const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
    const reason = ((error as { response?: { data?: { message?: string } } }).response?.data?.message ?? (error as Error).message ?? String(error)).split('\n')[0];
    const limited = status === 429 || (status === 403 && /rate limit/i.test(reason ?? ''));
    super(`${call} failed${status ? ` (HTTP ${status})` : ''}: ${reason?.replace(/\.$/, '')}. ${gaveUp ? gaveUpAdvice : limited ? rateLimitAdvice(headers) : advice(status)}`);
    this.name = 'ApiError';
    this.status = status;
  }

  /** The token may not do this (read-only fork token, missing permission): a fallback applies. */
  get forbidden(): boolean {
    return this.status === 403 && !/rate limit/i.test(this.message);
  }
}

const gaveUpAdvice = 'GitHub did not answer in time; the run goes on without it (raise `api-timeout` to wait longer, or run the job again).';

/** A rate limit says it is one, and when it resets, from GitHub's headers. */
function rateLimitAdvice(headers: Record<string, string | undefined>): string {
  const reset = Number(headers['x-ratelimit-reset']);
  const after = Number(headers['retry-after']);
  let when = '';
  if (reset > 0) when = ` It resets at ${new Date(reset * 1000).toISOString().slice(11, 19)} UTC (in ${Math.max(0, Math.ceil(reset - Date.now() / 1000))} s).`;
  else if (after > 0) when = ` GitHub asks to wait ${after} s.`;
  return `This is a rate limit: GitHub allows the token only so many requests.${when} The findings are reported all the same; run the job again after that for the check run, or lint fewer files (\`changed-only\`).`;
}

function advice(status: number | undefined): string {
  if (status === 401) return 'The token is not valid: check the `github-token` input.';
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
