/**
 * One check run on the head commit carrying every finding as an annotation: created with the
 * first 50, then updated with 50 more at a time (GitHub appends them), then completed with the
 * conclusion. Each request resends the output's title and summary, which a PATCH replaces.
 */
import type { CheckAnnotation } from '../reporters/check-run.js';
import { inBatches } from '../reporters/check-run.js';
import type { RunEvent } from './event.js';
import { call, type Octokit } from './github.js';

export const checkName = 'rolelint';

export interface CheckRunResult {
  id: number;
  requests: number;
}

export async function publishCheckRun(
  octokit: Octokit,
  event: RunEvent,
  annotations: readonly CheckAnnotation[],
  output: { title: string; summary: string },
  conclusion: 'success' | 'failure' | 'neutral',
): Promise<CheckRunResult> {
  const base = { owner: event.owner, repo: event.repo };
  const batches = inBatches(annotations);
  const created = await call(`POST /repos/${event.owner}/${event.repo}/check-runs (checks.create)`, () =>
    octokit.rest.checks.create({ ...base, name: checkName, head_sha: event.headSha, status: 'in_progress', output: { ...output, annotations: batches[0] ?? [] } }),
  );
  const id = created.data.id;
  const update = (body: object) => call(`PATCH /repos/${event.owner}/${event.repo}/check-runs/${id} (checks.update)`, () => octokit.rest.checks.update({ ...base, check_run_id: id, ...body }));
  for (const batch of batches.slice(1)) await update({ output: { ...output, annotations: batch } });
  await update({ status: 'completed', conclusion, output });
  return { id, requests: batches.length + 1 };
}
