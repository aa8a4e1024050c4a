/**
 * One run of the bundled CLI as a process, timed from outside (start-up included) and with its
 * peak memory (test/hostile/rusage.mjs), killed past a limit so a hang fails the test, not the suite.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { root } from '../helpers/paths.js';

export interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakMb: number;
  killed: boolean;
}

export function runBundledCli(args: readonly string[], cwd: string, killAfterMs = 45_000): Promise<Measured> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', path.join(import.meta.dirname, 'rusage.mjs'), path.join(root, 'dist/cli/index.js'), ...args],
      { cwd, timeout: killAfterMs, maxBuffer: 1 << 28, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' } },
      (error, stdout, stderr) => {
        const peak = /rolelint-peak-rss-mb (\d+)/.exec(stderr);
        resolve({
          code: error ? ((error as { code?: number | null }).code ?? null) : 0,
          stdout,
          stderr: stderr.replace(/\nrolelint-peak-rss-mb \d+\n$/, ''),
          seconds: (performance.now() - started) / 1000,
          peakMb: peak ? Number(peak[1]) : Number.NaN,
          killed: Boolean(error && (error as { killed?: boolean }).killed),
        });
      },
    );
  });
}
