/**
 * The job-post facts reader over every document test/corpus/kinds.tsv labels a job post, against
 * the facts read from each by hand in test/corpus/job-facts.reviewed.tsv (title, pay, grade,
 * benefits, location, work arrangement, employment type, closing date, with a note). Pay must be
 * read right (form, minimum, maximum, currency, period, or the grade) on at least 95% of them;
 * the other facts' agreement is printed, each disagreement named.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobFacts, payStatement, type JobFacts } from '../src/document/job-facts.js';
import { labelledDocuments } from './helpers/kind-samples.js';
import { hasShared, root, sharedMissing } from './helpers/paths.js';

const columns = ['title', 'pay', 'grade', 'benefits', 'location', 'arrangement', 'employment', 'closes'] as const;
type Column = (typeof columns)[number];

/** The facts as the review writes them: `-` where a post states none. */
export function reviewedForm(facts: JobFacts): Record<Column, string> {
  const best = payStatement(facts);
  const p = best.pay;
  let pay: string = best.stated;
  if (p && best.stated === 'range') pay = `range ${p.min}-${p.max} ${p.currency ?? '-'} ${p.period ?? '-'}`;
  else if (p && best.stated === 'amount') pay = `amount ${p.min} ${p.currency ?? '-'} ${p.period ?? '-'}`;
  else if (p && best.stated === 'open-ended') pay = p.open === 'unstated' ? 'open-ended unstated' : `open-ended ${p.open} ${p.min ?? p.max} ${p.currency ?? '-'} ${p.period ?? '-'}`;
  const grade = facts.grades[0];
  return {
    title: facts.title?.text ?? '-',
    pay,
    grade: grade ? `${grade.grade}${grade.upTo ? ' (up to)' : ''}` : '-',
    benefits: facts.benefits.stated,
    location: facts.location?.text.replace(/\s+/g, ' ').trim() ?? '-',
    arrangement: facts.arrangement ?? '-',
    employment: facts.employment.length > 0 ? [...facts.employment].sort().join(' ') : '-',
    closes: facts.closes?.date ?? facts.closes?.text ?? '-',
  };
}

function readReview(): Map<string, Record<Column, string> & { note: string }> {
  const [header, ...rows] = readFileSync(path.join(root, 'test/corpus/job-facts.reviewed.tsv'), 'utf8').trim().split('\n');
  const names = header!.split('\t');
  return new Map(
    rows.map((row) => {
      const cells = Object.fromEntries(row.split('\t').map((v, i) => [names[i], v])) as Record<string, string>;
      cells.employment = cells.employment === '-' ? '-' : cells.employment!.split(' ').sort().join(' ');
      return [cells.file!, cells as Record<Column, string> & { note: string }];
    }),
  );
}

describe.skipIf(!hasShared('corpus'))('job facts over the labelled job posts', async () => {
  const documents = hasShared('corpus') ? (await labelledDocuments()).filter((d) => d.label.kind === 'job-post') : [];

  it('every labelled job post is reviewed; pay is read right on at least 95% of them', () => {
    const review = readReview();
    expect(documents.map((d) => d.label.file).filter((f) => !review.has(f))).toEqual([]);
    const agree = Object.fromEntries(columns.map((c) => [c, 0])) as Record<Column, number>;
    const differences: string[] = [];
    for (const { label, tree, text } of documents) {
      const read = reviewedForm(jobFacts(tree, text));
      const expected = review.get(label.file)!;
      for (const column of columns) {
        if (read[column] === expected[column]) agree[column]++;
        else differences.push(`${label.file} ${column}: read \`${read[column]}\`, reviewed \`${expected[column]}\``);
      }
    }
    const n = documents.length;
    console.log(
      `job facts on ${n} labelled job posts, agreement with the review: ${columns.map((c) => `${c} ${agree[c]}/${n}`).join(', ')}` +
        (differences.length > 0 ? `\n  ${differences.join('\n  ')}` : ''),
    );
    expect(n).toBe(46);
    expect(agree.pay / n).toBeGreaterThanOrEqual(0.95);
  });
});

if (!hasShared('corpus')) console.log(sharedMissing('corpus'));
