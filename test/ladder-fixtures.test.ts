/**
 * Ladders in fixtures/ladders/<case>/: each folder's documents are linted together, as one run
 * lints a folder, and the ladder-consistency findings compared with the folder's `expected.txt`
 * (`file:line:column  message`, empty: no finding). `UPDATE_LADDERS=1` rewrites the expected files.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/node/lint.js';
import { fixtures } from './helpers/paths.js';

const ladders = path.join(fixtures, 'ladders');
const cases = readdirSync(ladders).sort();

async function findings(name: string): Promise<string[]> {
  const dir = path.join(ladders, name);
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const results = await lint(files.map((f) => ({ path: `fixtures/ladders/${name}/${f}`, contents: readFileSync(path.join(dir, f)) })));
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'ladder-consistency').map((m) => `${path.basename(r.path)}:${m.line}:${m.column}  ${m.message}`));
}

describe('ladder fixtures', () => {
  it('hold each case the issue asks for', () => {
    expect(cases).toEqual(expect.arrayContaining(['clean', 'defects', 'frontmatter-only', 'one-file', 'restating']));
  });

  it.each(cases)('%s', async (name) => {
    const file = path.join(ladders, name, 'expected.txt');
    const found = await findings(name);
    if (process.env.UPDATE_LADDERS) writeFileSync(file, found.map((f) => `${f}\n`).join(''));
    expect(found).toEqual(readFileSync(file, 'utf8').split('\n').filter(Boolean));
  });
});
