/**
 * The real documents in ../shared/seeds/, read in place: which required sections each lacks, and
 * that their plain-text structure is recognised.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/engine/config.js';
import { documentKind } from '../src/node/kind.js';
import { lintDocument } from '../src/node/lint.js';
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
  it('000, a CTO ladder level with its competencies, is a ladder level and lacks nothing', async () => {
    expect((await lintSeed('000')).messages.filter((m) => m.ruleId === 'required-sections')).toEqual([]);
  });

  it('001, a CTO role description, is a role page: its "Strategic Leadership:" subsection is its Leadership', async () => {
    expect((await lintSeed('001')).messages.filter((m) => m.ruleId === 'required-sections')).toEqual([]);
  });

  it('002, a "job description sample template" for a CTO with no qualifications, lacks Requirements', async () => {
    expect(await missing('002')).toEqual(['1:1 Requirements']);
    const [m] = (await lintSeed('002')).messages.filter((m) => m.ruleId === 'required-sections');
    expect(m!.message).toMatch(/^Missing section `Requirements` \(required of a job post, for a role that leads people \(`Chief Technology Officer Job Description Sample Template`\): inferred \(\d+% sure\): the title says it is a job advertisement/);
  });

  it('every seed is settled: 000 a ladder level, 001 and 003 role pages, 002 and 004 job posts', async () => {
    const { readdirSync } = await import('node:fs');
    const kinds: Record<string, string | undefined> = {};
    for (const name of readdirSync(seeds).sort()) {
      const report = await documentKind(name, readFileSync(path.join(seeds, name), 'utf8'), defaultConfig(), seeds);
      kinds[name.slice(0, 3)] = report.kind;
    }
    expect(kinds).toEqual({ '000': 'ladder-level', '001': 'role-page', '002': 'job-post', '003': 'role-page', '004': 'job-post' });
  });

  it('003, an article on the CTO role ("What is a CTO?"), is a role page and gets no finding: it names all three sections', async () => {
    expect((await lintSeed('003')).messages.filter((m) => m.ruleId === 'required-sections')).toEqual([]);
  });

  it('002 repeats the heading "What is a Chief Technology Officer" (first on line 5)', async () => {
    const dup = (await lintSeed('002')).messages.filter((m) => m.ruleId === 'duplicate-heading');
    expect(dup.map((m) => `${m.line}:${m.column} ${m.related?.line}`)).toEqual(['13:1 5', '32:1 5', '46:1 5']);
    expect(dup[0]!.message).toBe(
      'Duplicate heading `What is a Chief Technology Officer`: the heading on line 5 has the same text under the same parent; rename one or merge the two sections',
    );
  });

  it('003 repeats the bullet "Culture: Foster innovation culture" in two sections (Team Management, Best Practices > Leadership): reported only looking across the document', async () => {
    expect((await lintSeed('003')).messages.filter((m) => m.ruleId.startsWith('duplicate'))).toEqual([]);
    const name = (await import('node:fs')).readdirSync(seeds).find((f) => f.startsWith('003'))!;
    const defaults = defaultConfig();
    const config = { rules: { ...defaults.rules, 'duplicate-bullet': { level: 'warning' as const, options: { ...defaults.rules['duplicate-bullet']!.options, scope: 'document' } } } };
    const dup = (await lintDocument({ path: name, contents: readFileSync(path.join(seeds, name)) }, config)).messages.filter((m) => m.ruleId === 'duplicate-bullet');
    expect(dup.map(formatFinding)).toEqual(['82:5-82:39  duplicate-bullet  Exact duplicate: this bullet duplicates the bullet on line 20; remove one of them']);
  });

  it('000, 001 and 004 have no duplicates', async () => {
    for (const seed of ['000', '001', '004']) {
      expect((await lintSeed(seed)).messages.filter((m) => m.ruleId.startsWith('duplicate'))).toEqual([]);
    }
  });

  it('004, a CTO job description with no leadership section, lacks Leadership', async () => {
    expect(await missing('004')).toEqual(['1:1 Leadership']);
  });
});

describe.skipIf(hasShared('seeds'))('seeds (absent)', () => {
  it('says why the seed tests were skipped', () => {
    console.warn(sharedMissing('seeds'));
    expect(hasShared('seeds')).toBe(false);
  });
});
