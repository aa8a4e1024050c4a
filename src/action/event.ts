/**
 * What the Action needs from the event that started it: the repository, the commit to report on
 * (a pull request's head, not the merge commit GITHUB_SHA), and the pull request's number and base.
 */
import { readFileSync } from 'node:fs';

export interface RunEvent {
  owner: string;
  repo: string;
  /** The commit findings are reported on. */
  headSha: string;
  pullRequest?: { number: number; baseSha: string; commits: number };
  serverUrl: string;
}

export function readEvent(env: NodeJS.ProcessEnv = process.env): RunEvent {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  let payload: { pull_request?: { number: number; head: { sha: string }; base: { sha: string }; commits?: number } } = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      payload = {};
    }
  }
  const pr = payload.pull_request;
  return {
    owner,
    repo,
    headSha: pr?.head.sha ?? env.GITHUB_SHA ?? '',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    ...(pr ? { pullRequest: { number: pr.number, baseSha: pr.base.sha, commits: pr.commits ?? 0 } } : {}),
  };
}
