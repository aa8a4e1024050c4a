/**
 * The job-post facts reader over every document test/corpus/kinds.tsv labels a job post. Each
 * has a row in test/corpus/job-facts.reviewed.tsv: the facts the reader read (title, pay, grade,
 * benefits, location, work arrangement, employment type, closing date), a verdict given after
 * reading the document (`all right`, or `wrong: pay (…); closes (…)` naming each fact read wrong
 * and what the document says) and a note. The reader must still read what was reviewed (a change
 * is named, to be judged again: `UPDATE_CORPUS=1` rewrites what was read and marks the changed
 * rows `unreviewed`), and read pay right (form, minimum, maximum, currency, period, or the grade)
 * on at least 95% of the posts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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

type Row = Record<Column, string> & { file: string; verdict: string; note: string };
const reviewFile = path.join(root, 'test/corpus/job-facts.reviewed.tsv');
const header = ['file', ...columns, 'verdict', 'note'] as const;

function readReview(): Map<string, Row> {
  const [first, ...rows] = readFileSync(reviewFile, 'utf8').trim().split('\n');
  const names = first!.split('\t');
  return new Map(
    rows.map((row) => {
      const cells = Object.fromEntries(row.split('\t').map((v, i) => [names[i], v])) as Row;
      cells.employment = cells.employment === '-' ? '-' : cells.employment.split(' ').sort().join(' ');
      return [cells.file, cells];
    }),
  );
}

/** The facts a verdict names as read wrong: `wrong: pay (…); closes (…)`. */
const wrongFacts = (verdict: string): Column[] => (/^wrong: /.test(verdict) ? verdict.slice(7).split(/;\s*/).map((part) => part.split(' ')[0] as Column) : []);

describe.skipIf(!hasShared('corpus'))('job facts over the labelled job posts', async () => {
  const documents = hasShared('corpus') ? (await labelledDocuments()).filter((d) => d.label.kind === 'job-post') : [];

  it('every labelled job post is reviewed, read as reviewed; pay is read right on at least 95% of them', () => {
    const review = readReview();
    expect(documents.map((d) => d.label.file).filter((f) => !review.has(f))).toEqual([]);
    const changed: string[] = [];
    const rows: Row[] = [];
    for (const { label, tree, text } of documents) {
      const read = reviewedForm(jobFacts(tree, text));
      const row = review.get(label.file)!;
      const differs = columns.filter((c) => read[c] !== row[c]);
      for (const c of differs) changed.push(`${label.file} ${c}: now read \`${read[c]}\`, reviewed \`${row[c]}\``);
      rows.push({ ...row, ...read, ...(differs.length > 0 ? { verdict: 'unreviewed' } : {}) });
    }
    if (process.env.UPDATE_CORPUS) writeFileSync(reviewFile, `${header.join('\t')}\n${rows.map((r) => header.map((h) => r[h]).join('\t')).join('\n')}\n`);
    const n = documents.length;
    const right = Object.fromEntries(columns.map((c) => [c, rows.filter((r) => r.verdict !== 'unreviewed' && !wrongFacts(r.verdict).includes(c)).length])) as Record<Column, number>;
    console.log(`job facts on ${n} labelled job posts, read right: ${columns.map((c) => `${c} ${right[c]}/${n}`).join(', ')}` + (changed.length > 0 ? `\n  read differently since the review:\n  ${changed.join('\n  ')}` : ''));
    expect(changed).toEqual([]);
    expect(rows.filter((r) => r.verdict !== 'all right' && !/^wrong: /.test(r.verdict)).map((r) => `${r.file}: ${r.verdict}`)).toEqual([]);
    expect(n).toBe(47);
    expect(right.pay / n).toBeGreaterThanOrEqual(0.95);
  });
});

if (!hasShared('corpus')) console.log(sharedMissing('corpus'));
