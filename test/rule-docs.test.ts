/**
 * The README's rule table and each rule page's options table are written from the rules' meta
 * (scripts/generate.js): what is committed must be what the meta writes now, as markdownlint and
 * remark-lint check theirs. `npm run generate` rewrites them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRules, rules as oneDocument } from '../src/rules/index.js';
import { optionsTable, replaceBlock, ruleTable } from '../scripts/rule-docs.js';
import { root } from './helpers/paths.js';

/** Rules on one document and on many, by id, as scripts/generate.js documents them. */
const rules = [...oneDocument, ...projectRules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));

const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('documentation generated from the rules', () => {
  it('the README lists every rule as its meta says', () => {
    const readme = read('README.md');
    expect(replaceBlock(readme, 'rules', ruleTable(rules), 'README.md')).toBe(readme);
    expect(readme).toContain('| [`typo`](src/rules/typo.md) | warning | yes | spelling |');
  });

  it.each(rules.map((rule) => [rule.meta.id, rule.meta] as const))('the page of %s has its options table', (_, meta) => {
    const page = read(meta.docs);
    expect(replaceBlock(page, 'options', optionsTable(meta), meta.docs)).toBe(page);
  });

  it('an options table follows the schema: type, default and meaning of each option', () => {
    const repeated = rules.find((r) => r.meta.id === 'repeated-word')!.meta;
    expect(optionsTable(repeated).split('\n')[2]).toBe(
      '| `allow` | `string[]` | `["had","that","in","blah","bye","etc","ta","ha","yadda"]` | Words that may stand twice in a row (case-insensitive); replaces the default list (had, that, in, blah, bye, etc, ta, ha, yadda) |',
    );
    expect(optionsTable(rules.find((r) => r.meta.id === 'frontmatter')!.meta)).toBe('This rule has no options.');
  });

  it('a page without its block is an error, not a silent pass', () => {
    expect(() => replaceBlock('# x\n', 'options', 'table', 'x.md')).toThrow('x.md: no single');
  });
});

describe('rule meta', () => {
  it('every rule lists its messages, and each message is used by the rule', () => {
    for (const { meta } of rules) {
      const ids = Object.keys(meta.messages ?? {});
      expect(ids.length, meta.id).toBeGreaterThan(0);
      const source = readFileSync(path.join(root, 'src/rules', `${meta.id}.ts`), 'utf8');
      for (const id of ids) expect(source.match(new RegExp(`'${id}'`, 'g'))?.length ?? 0, `${meta.id}: message ${id}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('fixable is declared exactly where a rule offers fixes', () => {
    for (const { meta } of rules) {
      const source = readFileSync(path.join(root, 'src/rules', `${meta.id}.ts`), 'utf8');
      expect(meta.fixable === true, meta.id).toBe(source.includes('offerFix('));
    }
  });
});
