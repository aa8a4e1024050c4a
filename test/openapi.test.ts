/**
 * The loopback server's OpenAPI check must be able to fail: requests GitHub would reject with 422
 * are named, so the Action tests (which require no problems) would catch such a body.
 */
import { describe, expect, it } from 'vitest';
import { openapiProblems } from './helpers/openapi.js';

const annotation = { path: 'a.md', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm' };
const none = new URLSearchParams();

describe("GitHub's OpenAPI description as the loopback server's judge", () => {
  it('accepts a well-formed check run', () => {
    expect(openapiProblems('POST', '/repos/o/r/check-runs', none, { name: 'rolelint', head_sha: 'abc', status: 'in_progress', output: { title: 't', summary: 's', annotations: [annotation] } })).toEqual([]);
  });

  it('rejects 51 annotations, an unknown level, a missing field and a bad conclusion', () => {
    const body = { name: 'rolelint', head_sha: 'abc', conclusion: 'failed', output: { title: 't', summary: 's', annotations: [...Array(50).fill(annotation), { ...annotation, annotation_level: 'error', message: undefined }] } };
    const problems = openapiProblems('POST', '/repos/o/r/check-runs', none, JSON.parse(JSON.stringify(body)));
    expect(problems).toEqual(
      expect.arrayContaining([
        'POST /repos/{owner}/{repo}/check-runs: body/conclusion must be equal to one of the allowed values (action_required, cancelled, failure, neutral, success, skipped, stale, timed_out)',
        'POST /repos/{owner}/{repo}/check-runs: body/output/annotations must NOT have more than 50 items',
        'POST /repos/{owner}/{repo}/check-runs: body/output/annotations/50 must have required property \'message\'',
        'POST /repos/{owner}/{repo}/check-runs: body/output/annotations/50/annotation_level must be equal to one of the allowed values (notice, warning, failure)',
      ]),
    );
  });

  it('rejects a per_page that is not a number, undeclared query parameters and unknown endpoints', () => {
    expect(openapiProblems('GET', '/repos/o/r/pulls/7/files', new URLSearchParams('per_page=all&sort=x'), undefined)).toEqual([
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files: query per_page must be integer',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files: query parameter `sort` is not declared',
    ]);
    expect(openapiProblems('POST', '/repos/o/r/check-run', none, {})).toEqual(["POST /repos/o/r/check-run: no such operation in GitHub's REST API description"]);
  });
});
