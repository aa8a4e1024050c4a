/**
 * The real documents in ../shared/seeds/, read in place: which required sections each lacks, and
 * that their plain-text structure is recognised.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../src/engine/lint.js';
import { formatFinding, hasShared, shared, sharedMissing } from './helpers/paths.js';

const seeds = path.join(shared, 'seeds');
const lintSeed = async (prefix: string) => {
  const { readdirSync } = await import('node:fs');
  const name = readdirSync(seeds).find((f) => f.startsWith(prefix))!;
  return lintDocument({ path: name, contents: readFileSync(path.join(seeds, name)) });
};
const missing = async (prefix: string) =>
  (await lintSeed(prefix)).messages.filter((m) => m.ruleId === 'required-sections').map((m) => `${m.line}:${m.column} ${m.expected![0]}`);

describe.skipIf(!hasShared('seeds'))('seeds', () => {
  it('000, a ladder level, has Leadership but no Responsibilities or Requirements heading', async () => {
    expect(await missing('000')).toEqual(['1:1 Responsibilities', '1:1 Requirements']);
  });

  it('001 lacks Requirements and Leadership (its "Strategic Leadership:" is a topic); reported on the frontmatter title', async () => {
    expect(await missing('001')).toEqual(['2:1 Requirements', '2:1 Leadership']);
  });

  it('002, a pasted article with bare-line headings, has "Responsibilities of a CTO" only', async () => {
    const result = await lintSeed('002');
    expect(result.messages.map(formatFinding)[0]).toContain(
      'headings found: `Chief Technology Officer Job Description Sample Template`, `What is a Chief Technology Officer`, `Chief Technology Officer Job Overview`, `What is a Chief Technology Officer`, `Responsibilities of a CTO`, `Chief Data Officer Interview Questions` and 5 more',
    );
    expect(await missing('002')).toEqual(['1:1 Requirements', '1:1 Leadership']);
  });

  it('003 has all three sections as plain-text headings', async () => {
    expect(await missing('003')).toEqual([]);
  });

  it('002 repeats the heading "What is a Chief Technology Officer" (first on line 5)', async () => {
    const dup = (await lintSeed('002')).messages.filter((m) => m.ruleId === 'duplicate-heading');
    expect(dup.map((m) => `${m.line}:${m.column} ${m.related?.line}`)).toEqual(['13:1 5', '32:1 5', '46:1 5']);
    expect(dup[0]!.message).toBe(
      'Duplicate heading `What is a Chief Technology Officer`: the heading on line 5 has the same text under the same parent; rename one or merge the two sections',
    );
  });

  it('003 repeats the bullet "Culture: Foster innovation culture" (line 20 under Team Management, line 82 under Best Practices > Leadership)', async () => {
    const dup = (await lintSeed('003')).messages.filter((m) => m.ruleId.startsWith('duplicate'));
    expect(dup.map(formatFinding)).toEqual([
      '82:5-82:39  duplicate-bullet  Exact duplicate: this bullet duplicates the bullet on line 20; remove one of them',
    ]);
    expect(dup[0]!.actual).toBe('Culture: Foster innovation culture');
  });

  it('000, 001 and 004 have no duplicates', async () => {
    for (const seed of ['000', '001', '004']) {
      expect((await lintSeed(seed)).messages.filter((m) => m.ruleId.startsWith('duplicate'))).toEqual([]);
    }
  });

  it('004 lacks only Leadership', async () => {
    expect(await missing('004')).toEqual(['1:1 Leadership']);
  });
});

describe.skipIf(hasShared('seeds'))('seeds (absent)', () => {
  it('says why the seed tests were skipped', () => {
    console.warn(sharedMissing('seeds'));
    expect(hasShared('seeds')).toBe(false);
  });
});
