/**
 * The Action's real code (src/action/main.ts) run in process against a loopback GitHub, with the
 * runner's environment (event, workspace, summary and output files, inputs) stubbed: what it
 * printed, the job summary and outputs it wrote, whether it failed, and how long it took.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { workspace } from './cli.js';
import { startGitHub, type Handler, type LoopbackGitHub } from './github-server.js';

export interface ActionRun {
  stdout: string;
  summary: string;
  outputs: string;
  failed: boolean;
  seconds: number;
  server: LoopbackGitHub;
}

export const pullRequestEvent = { pull_request: { number: 7, head: { sha: 'head1234' }, base: { sha: 'base5678' }, commits: 2 } };

/** `files` are written to a new workspace; a string is a workspace made already (a git checkout). The server is closed after. */
export async function runActionAgainst(files: Record<string, string> | string, inputs: Record<string, string>, handler: Handler, event: object = pullRequestEvent): Promise<ActionRun> {
  const server = await startGitHub(handler);
  const dir = typeof files === 'string' ? files : workspace(files);
  const meta = mkdtempSync(path.join(tmpdir(), 'rolelint-runner-'));
  const paths = { event: path.join(meta, 'event.json'), summary: path.join(meta, 'summary.md'), output: path.join(meta, 'output') };
  writeFileSync(paths.event, JSON.stringify(event));
  writeFileSync(paths.summary, '');
  writeFileSync(paths.output, '');
  const env: Record<string, string> = {
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: 'merge0000',
    GITHUB_EVENT_NAME: 'pull_request' in event ? 'pull_request' : 'push',
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_WORKSPACE: dir,
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_OUTPUT: paths.output,
    'INPUT_GITHUB-TOKEN': 'token',
    INPUT_FILES: '',
    'INPUT_FAIL-ON': 'error',
    INPUT_ANNOTATIONS: 'auto',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  let stdout = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const started = performance.now();
  try {
    await run();
  } finally {
    write.mockRestore();
    vi.unstubAllEnvs();
  }
  const seconds = (performance.now() - started) / 1000;
  const failed = process.exitCode === 1;
  process.exitCode = undefined;
  await server.close();
  return { stdout, summary: readFileSync(paths.summary, 'utf8'), outputs: readFileSync(paths.output, 'utf8'), failed, seconds, server };
}

/** The lines of the log a GitHub runner reads as workflow commands, outside stop-commands blocks. */
export function workflowCommands(log: string): string[] {
  const commands: string[] = [];
  let stopped: string | undefined;
  for (const line of log.split('\n')) {
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopped = stop[1];
    else if (line.startsWith('::')) commands.push(line);
  }
  return commands;
}
