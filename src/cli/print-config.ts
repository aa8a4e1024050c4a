/** `rolelint --print-config <file>`: the resolved configuration of one document, its kind and a job post's facts included, as JSON. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { printable } from '../core/printable.js';
import type { Setup } from '../config/setup.js';
import { documentKind } from '../node/kind.js';
import type { Io } from './io.js';

export async function printConfig(io: Io, config: Setup, file: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    io.stderr.write(`rolelint: ${printable(`cannot read \`${file}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)}\n`);
    return 2;
  }
  const resolved = config.resolve(file);
  const { facts, ...kind } = await documentKind(file, text, resolved, io.cwd);
  const printed = { file, configFile: config.file ?? null, extends: config.extends, kind, ...(facts ? { facts } : {}), rules: resolved.rules };
  io.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
  return 0;
}
