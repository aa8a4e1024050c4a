/**
 * The job posts of fixtures/pay/, one for each way of writing pay (ranges, `k`, per annum, codes,
 * hourly, daily and monthly rates, a table, a section, the frontmatter, a grade, open-ended pay,
 * none) in English, French, German and Spanish, each read to its minimum, maximum, currency and
 * period as a person reads it. Their findings are fixtures.test.ts's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobFacts, payStatement } from '../src/document/job-facts.js';
import { documentFile, parseTree } from '../src/engine/lint.js';
import { fixtures } from './helpers/paths.js';

async function pay(name: string): Promise<string> {
  const text = readFileSync(path.join(fixtures, 'pay', `${name}.md`), 'utf8');
  const file = documentFile({ path: `fixtures/pay/${name}.md` }, text);
  const best = payStatement(jobFacts(await parseTree(file), text));
  if (best.stated === 'grade') return `grade ${best.grade!.grade}`;
  if (!best.pay) return best.stated;
  const p = best.pay;
  return [p.open ? `open:${p.open}` : best.stated, p.min ?? '-', p.max ?? '-', p.currency ?? '-', p.period ?? '-'].join(' ');
}

const table: [string, string][] = [
  ['en-range', 'range 120000 150000 USD year'],
  ['en-range-k', 'range 120000 150000 USD year'],
  ['en-gbp-per-annum', 'range 45000 55000 GBP year'],
  ['en-cad', 'range 95000 110000 CAD year'],
  ['en-usd-code', 'range 100000 120000 USD year'],
  ['en-euro-dots', 'range 60000 75000 EUR year'],
  ['en-hourly', 'range 45 55 USD hour'],
  ['en-daily', 'range 500 600 GBP day'],
  ['en-monthly', 'amount 4000 4000 USD month'],
  ['en-fixed', 'amount 135000 135000 USD year'],
  ['en-section', 'range 120000 150000 USD year'],
  ['en-table', 'range 90000 110000 USD year'],
  ['en-frontmatter', 'range 90000 110000 USD year'],
  ['en-grade', 'grade GS-13'],
  ['en-open-up-to', 'open:up-to - 150000 USD year'],
  ['en-open-and-up', 'open:and-up 130000 - USD year'],
  ['en-open-doe', 'open:unstated - - - -'],
  ['en-none', 'none'],
  ['fr-range', 'range 45000 55000 EUR year'],
  ['fr-daily', 'range 500 600 EUR day'],
  ['fr-open', 'open:unstated - - - -'],
  ['fr-none', 'none'],
  ['de-range', 'range 60000 75000 EUR year'],
  ['de-monthly', 'amount 1600 1600 EUR month'],
  ['de-grade', 'grade E 13'],
  ['de-open', 'open:from 50000 - EUR year'],
  ['es-range', 'range 30000 40000 EUR year'],
  ['es-monthly', 'amount 1500 1500 EUR month'],
  ['es-open', 'open:up-to - 50000 EUR year'],
  ['es-none', 'open:unstated - - - -'],
];

describe('fixtures/pay: each job post read to its pay', () => {
  it('every fixture there is in the table', () => {
    const files = readdirSync(path.join(fixtures, 'pay')).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
    expect(files.sort()).toEqual(table.map(([name]) => name).sort());
  });

  it.each(table)('%s', async (name, expected) => {
    expect(await pay(name)).toBe(expected);
  });
});
