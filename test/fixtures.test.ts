/**
 * Every fixture document (in fixtures/ and its folders) is linted with the default configuration
 * and its findings compared, rule, line, column and message, with the sidecar
 * `<name>.expected.txt` (empty: no finding). A ladder is judged as a whole: fixtures/ladders/ is
 * test/ladder-fixtures.test.ts's, each folder linted together. `UPDATE_FIXTURES=1` writes each
 * expected file from the findings (read the diff before committing it: it is the test's judgement).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../src/node/lint.js';
import { fixtures, formatFinding } from './helpers/paths.js';

const documents = (readdirSync(fixtures, { recursive: true }) as string[])
  .map((f) => f.split(path.sep).join('/'))
  .filter((f) => /\.(md|markdown)$/.test(f) && !f.startsWith('ladders/'))
  .sort();

describe('fixtures', () => {
  it('there are fixtures, each with its expected findings', () => {
    expect(documents.length).toBeGreaterThan(5);
    const expected = new Set((readdirSync(fixtures, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).filter((f) => f.endsWith('.expected.txt')));
    for (const doc of documents) expect(expected).toContain(doc.replace(/\.(md|markdown)$/, '.expected.txt'));
  });

  it.each(documents)('%s', async (name) => {
    const contents = readFileSync(path.join(fixtures, name));
    const result = await lintDocument({ path: `fixtures/${name}`, contents });
    const sidecar = path.join(fixtures, name.replace(/\.(md|markdown)$/, '.expected.txt'));
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(sidecar, result.messages.map((m) => `${formatFinding(m)}\n`).join(''));
    const expected = readFileSync(sidecar, 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(result.messages.map(formatFinding)).toEqual(expected);
  });
});
