/**
 * Issue 30, cases 1 and 2: every hostile document finishes under 2 s per MiB of input on one core
 * (`--workers 1`), Node's start-up aside, and under 600 MB, with the finding that says why it was
 * not read as usual. The bundled CLI runs each as users run it; the bounds are generous, so a
 * shared machine does not flake: before this suite the same documents took 12 s to over a minute.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/engine/config.js';
import { maxBytes } from '../../src/engine/checks.js';
import { tooComplex } from '../../src/engine/complexity.js';
import { workspace } from '../helpers/cli.js';
import { fixtures, hasShared, shared } from '../helpers/paths.js';
import { hostileInputs } from './inputs.js';
import { runBundledCli } from './measure.js';

/** What Node's start-up and loading the bundle may take on a busy shared machine, besides the 2 s per MiB. */
const startupAllowanceSeconds = 1.5;
const secondsPerMib = 2;
const peakMbLimit = 600;

const dir = workspace(Object.fromEntries(hostileInputs.map((input) => [`${input.name}.md`, input.text])));
const measured: string[] = [];
afterAll(() => console.log(`hostile inputs, bundled CLI, --workers 1:\n${measured.join('\n')}`));

describe('hostile documents: bounded time and memory, and a finding that says why', () => {
  it.each(hostileInputs.map((input) => [input.name, input] as const))('%s', async (name, input) => {
    const bytes = Buffer.byteLength(input.text);
    const run = await runBundledCli(['--workers', '1', '--format', 'json', '--fail-on', 'never', `${name}.md`], dir);
    const mib = bytes / 2 ** 20;
    measured.push(`  ${name.padEnd(28)} ${(bytes / 1024).toFixed(0).padStart(5)} KB  ${run.seconds.toFixed(2)} s  ${run.peakMb} MB`);
    expect(run.killed, `${name} was still running after 45 s`).toBe(false);
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; line: number; message: string }[] }[];
    expect(result!.messages.map((m) => `${m.ruleId} ${m.line}`)).toEqual([`${input.expected.ruleId} ${input.expected.line}`]);
    expect(result!.messages[0]!.message).toMatch(input.expected.message);
    expect(run.seconds).toBeLessThan(secondsPerMib * mib + startupAllowanceSeconds);
    expect(run.peakMb).toBeLessThan(peakMbLimit);
  });
});

describe('the cost estimate against real documents', () => {
  it('puts no fixture, seed or corpus document within a twentieth of the budget', () => {
    const budget = maxBytes(defaultConfig()) / 20;
    const folders = [fixtures, ...['seeds', 'corpus'].filter(hasShared).map((sub) => path.join(shared, sub))];
    const documents = folders.flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => path.join(folder, f)));
    expect(documents.length).toBeGreaterThan(30);
    expect(documents.flatMap((file) => (tooComplex(readFileSync(file, 'utf8'), budget) ? [file] : []))).toEqual([]);
  });
});
